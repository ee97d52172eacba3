/**
 * Beam search as Python `transformers`' vectorized `_beam_search` (4.50 and later). Each step:
 * log-softmax of every beam's logits, the processors on those log-probabilities, plus the beam's
 * running sum; the best max(2, 1 + #eos) * num_beams (beam, token) candidates over all beams;
 * a candidate stops when it ends with an EOS or reaches max_length. The next num_beams running
 * beams are the best candidates after stopped ones sank by 1e9; the stopped candidates among
 * the first num_beams become finished hypotheses (`finished-beams.ts`). The search ends when the
 * best running beam can no longer beat the worst finished one (`improvementPossible`), when all
 * slots are finished and early_stopping is true, or when every candidate stopped (max_length).
 *
 * Python starts with num_beams identical rows whose scores are [0, -1e9, ...]. We do the same,
 * but every beam's first logits come from the one row `start` ran, so the first decoder call is
 * not repeated per beam.
 */
import { isEos, throwIfStopped, type DecodingContext } from './decoding-context.ts';
import { FinishedBeams, UNREACHABLE_SCORE, type Slot } from './finished-beams.ts';
import { applyProcessors } from './logits-processors.ts';
import { compareDescending, logSoftmax, topKIndices } from './math.ts';

const TRACE_TOP_K = 5;
import type { GenerationParams, GenerationResult, ScoredSequence, TokenStep } from './types.ts';

interface Beam {
  tokenIds: number[];
  /** Running sum of processed log-probabilities (Python's running_beam_scores). */
  score: number;
  /** Row of the latest decoder call whose cache this beam continues. */
  modelRow: number;
  /** Each generated token's processed probability and the best tokens then (Python's transition scores). */
  steps: TokenStep[];
}

interface Candidate {
  parent: Beam;
  tokenId: number;
  /** parent.score + the processed log-probability of tokenId. */
  score: number;
  /** beam * vocab + token: Python's flat index, used to break ties deterministically. */
  flatIndex: number;
  /** Python's stopping criteria on the candidate sequence: it ends with an EOS or reaches max_length. */
  stops: boolean;
  /** The token's processed probability on its beam, and that beam's best tokens this step. */
  step: TokenStep;
}

export async function beamSearch(ctx: DecodingContext): Promise<GenerationResult> {
  const { params, hooks, model } = ctx;
  const numBeams = params.num_beams;
  const keep = Math.max(2, 1 + params.eos_token_id.length) * numBeams;
  const finished = new FinishedBeams(numBeams, ctx.prefix);
  let beams: Beam[] = Array.from({ length: numBeams }, (_, i) => ({
    tokenIds: [...ctx.prefix],
    score: i === 0 ? 0 : UNREACHABLE_SCORE,
    modelRow: 0,
    steps: [],
  }));
  let logits: Float32Array[] = [ctx.firstLogits];
  for (let step = 0; ; step++) {
    // Every running beam has the same length, so every candidate has this one.
    const length = (beams[0]?.tokenIds.length ?? ctx.prefix.length) + 1;
    const generatedLength = length - ctx.prefix.length;
    const candidates = topCandidates(ctx, beams, logits, keep, length >= ctx.maxLength);
    const running = nextRunning(candidates, numBeams);
    beams = running.map((c) => ({
      tokenIds: extend(c),
      score: runningScore(c),
      modelRow: c.parent.modelRow,
      steps: [...c.parent.steps, c.step],
    }));
    finished.merge(candidates.map((c, rank) => finishedEntry(c, rank < numBeams, generatedLength, params)));
    hooks.onStep?.({
      kind: 'beams',
      step,
      // A stopped candidate is only a running beam when nothing else is left (the last step).
      beams: beams.filter((_, i) => !running[i]?.stops).map(toScored),
      finished: finished.hypotheses(),
    });
    const goesOn =
      improvementPossible(ctx, beams, finished, length) &&
      !(params.early_stopping === true && finished.allFinished) &&
      !candidates.every((c) => c.stops);
    if (!goesOn) return { sequences: finished.best(params.num_return_sequences), steps: step + 1 };
    throwIfStopped(hooks);
    logits = await model.step(
      beams.map((beam) => beam.tokenIds[beam.tokenIds.length - 1] ?? 0),
      beams.map((beam) => beam.modelRow),
    );
    beams.forEach((beam, row) => (beam.modelRow = row));
  }
}

/** The `keep` best (beam, token) continuations over all beams, best first. */
function topCandidates(
  ctx: DecodingContext,
  beams: readonly Beam[],
  logits: readonly Float32Array[],
  keep: number,
  reachesMaxLength: boolean,
): Candidate[] {
  const all: Candidate[] = [];
  beams.forEach((beam, b) => {
    const scores = logSoftmax(logits[beam.modelRow] ?? new Float32Array());
    applyProcessors(ctx.processors, beam.tokenIds, scores);
    const processed = Float64Array.from(scores);
    const topK = topKIndices(processed, TRACE_TOP_K).map((tokenId) => ({
      tokenId,
      probability: Math.exp(processed[tokenId] ?? -Infinity),
    }));
    // Sum first, then pick: the global top `keep` lies within each beam's own top `keep` of the
    // summed scores (ranking before adding could differ where adding -1e9 rounds values together).
    for (let token = 0; token < scores.length; token++)
      scores[token] = (scores[token] ?? -Infinity) + beam.score;
    for (const tokenId of topKIndices(scores, keep)) {
      const score = scores[tokenId] ?? -Infinity;
      all.push({
        parent: beam,
        tokenId,
        score,
        flatIndex: b * scores.length + tokenId,
        stops: reachesMaxLength || isEos(ctx.params, tokenId),
        step: { probability: Math.exp(processed[tokenId] ?? -Infinity), topK },
      });
    }
  });
  all.sort((a, b) => compareDescending(a.score, b.score) || a.flatIndex - b.flatIndex);
  return all.slice(0, keep);
}

/** Python sinks stopped candidates by 1e9 rather than dropping them, and keeps that score. */
const runningScore = (c: Candidate): number => c.score + (c.stops ? UNREACHABLE_SCORE : 0);

/** `_get_running_beams_for_next_iteration`: the best `numBeams` after sinking; ties keep rank order. */
function nextRunning(candidates: readonly Candidate[], numBeams: number): Candidate[] {
  return [...candidates]
    .sort((a, b) => compareDescending(runningScore(a), runningScore(b)))
    .slice(0, numBeams);
}

/**
 * A candidate as `_update_finished_beams` merges it: finished when it stopped and ranks among the
 * first num_beams (the rest only exist to keep num_beams beams running). Python's two other masks
 * (all slots full with early_stopping true; no improvement possible) never apply to one input:
 * either condition ends the loop before the next merge.
 */
function finishedEntry(
  c: Candidate,
  inTopBeams: boolean,
  generatedLength: number,
  params: GenerationParams,
): Slot {
  const justFinished = c.stops && inTopBeams;
  const score = c.score / generatedLength ** params.length_penalty + (justFinished ? 0 : UNREACHABLE_SCORE);
  return { tokenIds: extend(c), score, finished: justFinished, steps: [...c.parent.steps, c.step] };
}

/**
 * `_check_early_stop_heuristic`: the best running beam over its best hypothetical length (the
 * current generated length; max_length's with early_stopping "never" and a positive penalty,
 * which favours longer sequences) against the worst finished beam.
 */
function improvementPossible(
  ctx: DecodingContext,
  beams: readonly Beam[],
  finished: FinishedBeams,
  length: number,
): boolean {
  const { early_stopping: earlyStopping, length_penalty: lengthPenalty } = ctx.params;
  const hypotheticalLength = earlyStopping === 'never' && lengthPenalty > 0 ? ctx.maxLength : length;
  const best = (beams[0]?.score ?? -Infinity) / (hypotheticalLength - ctx.prefix.length) ** lengthPenalty;
  return best > finished.worstScore();
}

function extend(c: Candidate): number[] {
  return [...c.parent.tokenIds, c.tokenId];
}

function toScored(beam: Beam): ScoredSequence {
  return { tokenIds: [...beam.tokenIds], score: beam.score };
}
