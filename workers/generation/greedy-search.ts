/**
 * Greedy search and sampling: one token per live sequence per step (Python `_sample`, which
 * serves both). A sequence ends at EOS or at max_length; finished sequences leave the batch, so
 * later decoder calls only carry live rows.
 */
import { isEos, throwIfStopped, type DecodingContext } from './decoding-context.ts';
import { applyProcessors, type LogitsStage } from './logits-processors.ts';
import { argmax, logSumExp, softmax, toFloat64, topKIndices } from './math.ts';
import { traceStages } from './stage-trace.ts';
import type { GenerationResult, TokenStep } from './types.ts';

/** How a token is picked from one row's processed scores. */
export interface TokenChooser {
  /** Applied after the logits processors (sampling warpers); empty for greedy. */
  readonly warpers: readonly LogitsStage[];
  /** Whether `choose` reads the probabilities (a draw does; argmax needs only the scores). */
  readonly needsProbabilities: boolean;
  /** The token, and for a draw the uniform number it was drawn with. */
  choose(scores: ArrayLike<number>, probabilities: Float64Array | null): { tokenId: number; draw?: number };
}

export const greedyChooser: TokenChooser = {
  warpers: [],
  needsProbabilities: false,
  // Python: torch.argmax(next_token_scores) over the processed logits.
  choose: (scores) => ({ tokenId: argmax(scores) }),
};

const EVENT_TOP_K = 5;

interface LiveSequence {
  index: number;
  tokenIds: number[];
  /** Sum of log-probabilities of the chosen tokens under the distribution they were drawn from. */
  score: number;
  steps: TokenStep[];
  finished: boolean;
}

export async function searchTokenByToken(
  ctx: DecodingContext,
  chooser: TokenChooser,
  count: number,
): Promise<GenerationResult> {
  const { params, hooks, model } = ctx;
  const sequences: LiveSequence[] = Array.from({ length: count }, (_, index) => ({
    index,
    tokenIds: [...ctx.prefix],
    score: 0,
    steps: [],
    finished: false,
  }));
  // All sequences continue the single model row that `start` ran over the prefix.
  let live = sequences;
  let modelRows = live.map(() => 0);
  let logits: Float32Array[] = live.map(() => ctx.firstLogits);
  let step = 0;
  const stages = [...ctx.processors, ...chooser.warpers];
  for (;;) {
    live.forEach((sequence, row) => {
      const rowLogits = logits[row] ?? new Float32Array();
      // Tracing keeps a copy of the scores after each stage; only the streamed (first) sequence.
      const tracing = hooks.traceStages === true && sequence.index === 0;
      // Plain greedy edits nothing: it reads the model's row as it is, with no copy of the vocabulary.
      let scores: Float32Array | Float64Array = rowLogits;
      const trace = tracing ? traceStages(rowLogits, stages.length > 0) : null;
      if (stages.length > 0) {
        const edited = toFloat64(rowLogits);
        for (const stage of stages) {
          applyProcessors([stage], sequence.tokenIds, edited);
          trace?.after(stage.name, edited);
        }
        scores = edited;
      }
      const logSum = logSumExp(scores);
      const probabilities = chooser.needsProbabilities ? softmax(scores, logSum) : null;
      const { tokenId, draw } = chooser.choose(scores, probabilities);
      const logProbability = (scores[tokenId] ?? -Infinity) - logSum;
      const probability = Math.exp(logProbability);
      const topK = topKIndices(scores, EVENT_TOP_K).map((id) => ({
        tokenId: id,
        probability: Math.exp((scores[id] ?? -Infinity) - logSum),
      }));
      const traced = {
        ...(trace ? { stages: trace.finish(tokenId) } : {}),
        ...(draw !== undefined ? { draw } : {}),
      };
      sequence.tokenIds.push(tokenId);
      sequence.score += logProbability;
      sequence.steps.push({ probability, topK, ...traced });
      sequence.finished = isEos(params, tokenId) || sequence.tokenIds.length >= ctx.maxLength;
      hooks.onStep?.({
        kind: 'token',
        step,
        sequence: sequence.index,
        tokenId,
        probability,
        topK,
        ...traced,
      });
    });
    step++;
    const parents = modelRows.filter((_, row) => !live[row]?.finished);
    live = live.filter((sequence) => !sequence.finished);
    modelRows = live.map((_, row) => row);
    if (live.length === 0) break;
    throwIfStopped(hooks);
    logits = await model.step(
      live.map((sequence) => sequence.tokenIds[sequence.tokenIds.length - 1] ?? 0),
      parents,
    );
  }
  return {
    sequences: sequences.map(({ tokenIds, score, steps }) => ({ tokenIds, score, steps })),
    steps: step,
  };
}
