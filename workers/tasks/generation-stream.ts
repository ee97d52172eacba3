import type {
  BeamView,
  GeneratedToken,
  LogitsStageView,
  TokenAlternative,
} from '../../src/shared/protocol/index.ts';
import type {
  GenerationStepEvent,
  ScoredSequence,
  StageTrace,
  TokenProbability,
  TracedSequence,
} from '../generation/types.ts';
import type { JobContext } from '../message-host.ts';
import type { TextTokenizer } from '../runtime/runtime-types.ts';

/**
 * Text pieces of a growing sequence. Decoding the whole sequence, not each token alone, keeps
 * SentencePiece/BPE spaces right; a piece is what the new token added to the text.
 */
function pieceDecoder(tokenizer: TextTokenizer) {
  const ids: number[] = [];
  let text = '';
  return (tokenId: number): string => {
    ids.push(tokenId);
    const next = tokenizer.decode(ids, { skipSpecialTokens: true });
    const piece = next.startsWith(text) ? next.slice(text.length) : next;
    text = next;
    return piece;
  };
}

function alternatives(tokenizer: TextTokenizer, topK: readonly TokenProbability[]): TokenAlternative[] {
  return topK.map((alt) => ({
    id: alt.tokenId,
    text: tokenizer.decode([alt.tokenId], { skipSpecialTokens: false }),
    probability: alt.probability,
  }));
}

function stageViews(tokenizer: TextTokenizer, stages: readonly StageTrace[]): LogitsStageView[] {
  return stages.map((s) => ({
    stage: s.stage,
    kept: s.kept,
    removed: s.removed,
    removedMass: s.removedMass,
    top: alternatives(tokenizer, s.top),
    removedTop: alternatives(tokenizer, s.removedTop),
    chosenProbability: s.chosenProbability,
  }));
}

/** What a step adds to its token when it was traced (stages) or drawn (sampling). */
function traced(tokenizer: TextTokenizer, step: { stages?: StageTrace[]; draw?: number }) {
  return {
    ...(step.stages ? { stages: stageViews(tokenizer, step.stages) } : {}),
    ...(step.draw !== undefined ? { draw: step.draw } : {}),
  };
}

/**
 * Turns the engine's per-step events into protocol events with text: each greedy/sampled token
 * with its probability and the alternatives it beat; each beam-search step with every live
 * beam and finished hypothesis. `prefixLength` ids (the decoder start) are not shown.
 */
export function createStepStreamer(tokenizer: TextTokenizer, ctx: JobContext, prefixLength: number) {
  const piece = pieceDecoder(tokenizer);
  const view = (sequence: ScoredSequence): BeamView => {
    const tokenIds = sequence.tokenIds.slice(prefixLength);
    return { tokenIds, score: sequence.score, text: tokenizer.decode(tokenIds, { skipSpecialTokens: true }) };
  };
  return (event: GenerationStepEvent): void => {
    switch (event.kind) {
      case 'token': {
        if (event.sequence !== 0) return; // sampling several sequences: stream the first
        const token: GeneratedToken = {
          step: event.step,
          id: event.tokenId,
          text: piece(event.tokenId),
          probability: event.probability,
          alternatives: alternatives(tokenizer, event.topK),
          ...traced(tokenizer, event),
        };
        ctx.emit({ type: 'tokens', tokens: [token] });
        return;
      }
      case 'beams':
        ctx.emit({
          type: 'beams',
          beams: { step: event.step, beams: event.beams.map(view), finished: event.finished.map(view) },
        });
        return;
      default: {
        const unreachable: never = event;
        throw new Error(`Unknown step event ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

/** A returned sequence as tokens with text, probability and alternatives (also after a beam search). */
export function tokensOf(
  tokenizer: TextTokenizer,
  sequence: TracedSequence,
  prefixLength: number,
): GeneratedToken[] {
  const piece = pieceDecoder(tokenizer);
  return sequence.tokenIds.slice(prefixLength).map((id, step) => {
    const trace = sequence.steps[step];
    return {
      step,
      id,
      text: piece(id),
      probability: trace?.probability ?? 0,
      alternatives: alternatives(tokenizer, trace?.topK ?? []),
      ...(trace ? traced(tokenizer, trace) : {}),
    };
  });
}

export function toBeamView(
  tokenizer: TextTokenizer,
  sequence: ScoredSequence,
  prefixLength: number,
): BeamView {
  const tokenIds = sequence.tokenIds.slice(prefixLength);
  return {
    tokenIds,
    score: sequence.score,
    text: tokenizer.decode(tokenIds, { skipSpecialTokens: true }).trim(),
  };
}
