/**
 * Sampling warpers with Python semantics (TemperatureLogitsWarper, TopKLogitsWarper,
 * TopPLogitsWarper), applied after the processors and only when `do_sample` is set.
 */
import type { LogitsProcessor, LogitsStage } from './logits-processors.ts';
import { compareDescending, softmax, topKIndices } from './math.ts';
import type { GenerationParams } from './types.ts';

export function temperature(value: number): LogitsProcessor {
  return (_tokenIds, scores) => {
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) / value;
  };
}

/** Keeps every token scoring at least the k-th best score (ties with it survive, as in torch). */
export function topK(k: number): LogitsProcessor {
  return (_tokenIds, scores) => {
    const keep = Math.min(Math.max(k, 1), scores.length);
    const kth = topKIndices(scores, keep)[keep - 1];
    const threshold = kth === undefined ? -Infinity : (scores[kth] ?? -Infinity);
    for (let i = 0; i < scores.length; i++) if ((scores[i] ?? -Infinity) < threshold) scores[i] = -Infinity;
  };
}

/**
 * Nucleus filtering: sorted ascending, drops the tokens whose cumulative probability stays at or
 * below 1 - top_p, always keeping the most likely token.
 */
export function topP(p: number): LogitsProcessor {
  return (_tokenIds, scores) => {
    const probabilities = softmax(scores);
    // Tokens already at -Infinity have no mass and stay removed: only the possible ones are sorted
    // (after top-k that is k of a whole vocabulary).
    const possible: number[] = [];
    for (let i = 0; i < scores.length; i++) if ((scores[i] ?? -Infinity) > -Infinity) possible.push(i);
    // Ties keep token order, as torch's (stable) ascending sort leaves them: the lower id goes first.
    const ascending = possible.sort(
      (a, b) => -compareDescending(scores[a] ?? -Infinity, scores[b] ?? -Infinity) || a - b,
    );
    let cumulative = 0;
    for (let rank = 0; rank < ascending.length - 1; rank++) {
      const token = ascending[rank] ?? 0;
      cumulative += probabilities[token] ?? 0;
      if (cumulative <= 1 - p) scores[token] = -Infinity;
    }
  };
}

/** Python's `_get_logits_warper` order: temperature, then top-k, then top-p. */
export function buildLogitsWarpers(params: GenerationParams): LogitsStage[] {
  const warpers: LogitsStage[] = [];
  if (params.temperature !== 1.0)
    warpers.push({ name: 'temperature', process: temperature(params.temperature) });
  if (params.top_k !== 0) warpers.push({ name: 'top_k', process: topK(params.top_k) });
  if (params.top_p < 1.0) warpers.push({ name: 'top_p', process: topP(params.top_p) });
  return warpers;
}
