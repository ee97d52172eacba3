/**
 * Beam search as Python's `_beam_search` with `BeamSearchScorer`: per step, log-softmax of the
 * logits, logits processors on those log-probabilities, add the running beam score, keep the
 * top max(2, 1 + #eos) * num_beams candidates; EOS candidates ranked within the first num_beams
 * become finished hypotheses, the others fill the next num_beams beams.
 *
 * Python starts with num_beams identical rows whose scores are [0, -1e9, ...]. We do the same,
 * but every beam's first logits come from the one row `start` ran, so the first decoder call is
 * not repeated per beam.
 */
import { BeamHypotheses } from './beam-hypotheses.ts';
import { isEos, throwIfStopped, type DecodingContext } from './decoding-context.ts';
import { applyProcessors } from './logits-processors.ts';
import { compareDescending, logSoftmax, topKIndices } from './math.ts';
import type { GenerationResult, ScoredSequence } from './types.ts';

interface Beam {
  tokenIds: number[];
  /** Running sum of processed log-probabilities. */
  score: number;
  /** Row of the latest decoder call whose cache this beam continues. */
  modelRow: number;
}

interface Candidate {
  beam: number;
  tokenId: number;
  score: number;
  /** beam * vocab + token: Python's flat index, used to break ties deterministically. */
  flatIndex: number;
}

const UNREACHABLE_BEAM_SCORE = -1e9;

export async function beamSearch(ctx: DecodingContext): Promise<GenerationResult> {
  const { params, hooks, model } = ctx;
  const numBeams = params.num_beams;
  const promptLength = ctx.prefix.length;
  const keep = Math.max(2, 1 + params.eos_token_id.length) * numBeams;
  const hypotheses = new BeamHypotheses(
    numBeams,
    params.length_penalty,
    params.early_stopping,
    ctx.maxLength,
  );
  let beams: Beam[] = Array.from({ length: numBeams }, (_, i) => ({
    tokenIds: [...ctx.prefix],
    score: i === 0 ? 0 : UNREACHABLE_BEAM_SCORE,
    modelRow: 0,
  }));
  let logits: Float32Array[] = [ctx.firstLogits];
  let step = 0;
  let done: boolean;
  for (;;) {
    const candidates = topCandidates(ctx, beams, logits, keep);
    const curLen = (beams[0]?.tokenIds.length ?? promptLength) + 1;
    const next: Beam[] = [];
    for (const [rank, candidate] of candidates.entries()) {
      const parent = beams[candidate.beam];
      if (!parent) continue;
      if (isEos(params, candidate.tokenId)) {
        // Python: an EOS ranked below the first num_beams candidates is not a hypothesis.
        if (rank >= numBeams) continue;
        hypotheses.add([...parent.tokenIds, candidate.tokenId], candidate.score, curLen - promptLength);
      } else {
        next.push({
          tokenIds: [...parent.tokenIds, candidate.tokenId],
          score: candidate.score,
          modelRow: parent.modelRow,
        });
      }
      if (next.length === numBeams) break;
    }
    if (next.length < numBeams) throw new Error('Beam search ran out of non-EOS candidates.');
    done = hypotheses.isDone(candidates[0]?.score ?? -Infinity, curLen, promptLength);
    beams = next;
    hooks.onStep?.({
      kind: 'beams',
      step,
      beams: beams.map(toScored),
      finished: hypotheses.best(hypotheses.size),
    });
    step++;
    if (done || curLen >= ctx.maxLength) break;
    throwIfStopped(hooks);
    const parents = beams.map((beam) => beam.modelRow);
    logits = await model.step(
      beams.map((beam) => beam.tokenIds[beam.tokenIds.length - 1] ?? 0),
      parents,
    );
    beams.forEach((beam, row) => (beam.modelRow = row));
  }
  // Python's finalize: when stopped by max_length (not by the scorer), open beams compete too.
  if (!done)
    for (const beam of beams) hypotheses.add(beam.tokenIds, beam.score, beam.tokenIds.length - promptLength);
  return { sequences: hypotheses.best(params.num_return_sequences), steps: step };
}

/** The `keep` best (beam, token) continuations over all beams, best first. */
function topCandidates(
  ctx: DecodingContext,
  beams: readonly Beam[],
  logits: readonly Float32Array[],
  keep: number,
): Candidate[] {
  const all: Candidate[] = [];
  beams.forEach((beam, b) => {
    const scores = logSoftmax(logits[beam.modelRow] ?? new Float32Array());
    applyProcessors(ctx.processors, beam.tokenIds, scores);
    // The global top `keep` lies within each beam's own top `keep`.
    for (const tokenId of topKIndices(scores, keep)) {
      const score = (scores[tokenId] ?? -Infinity) + beam.score;
      all.push({ beam: b, tokenId, score, flatIndex: b * scores.length + tokenId });
    }
  });
  all.sort((a, b) => compareDescending(a.score, b.score) || a.flatIndex - b.flatIndex);
  return all.slice(0, keep);
}

function toScored(beam: Beam): ScoredSequence {
  return { tokenIds: [...beam.tokenIds], score: beam.score };
}
