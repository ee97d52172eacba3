import type { BeamView, GeneratedToken } from '../../src/shared/protocol.ts';
import type { GenerationStepEvent, ScoredSequence } from '../generation/types.ts';
import type { JobContext } from '../message-host.ts';
import type { TextTokenizer } from '../runtime-types.ts';

/**
 * Turns the engine's per-step events into protocol events with text: each greedy/sampled token
 * with its probability and the alternatives it beat; each beam-search step with every live
 * beam and finished hypothesis. `prefixLength` ids (the decoder start) are not shown.
 */
export function createStepStreamer(tokenizer: TextTokenizer, ctx: JobContext, prefixLength: number) {
  const generated: number[] = [];
  let text = '';
  const view = (sequence: ScoredSequence): BeamView => {
    const tokenIds = sequence.tokenIds.slice(prefixLength);
    return { tokenIds, score: sequence.score, text: tokenizer.decode(tokenIds, { skipSpecialTokens: true }) };
  };
  return (event: GenerationStepEvent): void => {
    switch (event.kind) {
      case 'token': {
        if (event.sequence !== 0) return; // sampling several sequences: stream the first
        generated.push(event.tokenId);
        // Decoding the whole prefix, not the token alone, keeps SentencePiece/BPE spaces right.
        const next = tokenizer.decode(generated, { skipSpecialTokens: true });
        const piece = next.startsWith(text) ? next.slice(text.length) : next;
        text = next;
        const token: GeneratedToken = {
          step: event.step,
          id: event.tokenId,
          text: piece,
          probability: event.probability,
          alternatives: event.topK.map((alt) => ({
            id: alt.tokenId,
            text: tokenizer.decode([alt.tokenId], { skipSpecialTokens: false }),
            probability: alt.probability,
          })),
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
