/** Small numeric helpers over one row of scores. Computed in float64 for stable sums of log-probabilities. */
import type { TokenProbability } from './types.ts';

export function toFloat64(row: Float32Array): Float64Array {
  return Float64Array.from(row);
}

/**
 * log Σ exp(scores), the log of softmax's normaliser: log p(i) = scores[i] - logSumExp(scores).
 * Two plain passes (a vocabulary row is 50k entries, and greedy decoding needs nothing more).
 * -Infinity for a row where every token is impossible.
 */
export function logSumExp(scores: ArrayLike<number>): number {
  const n = scores.length;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number;
    if (s > max) max = s;
  }
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp((scores[i] as number) - max);
  return max + Math.log(sum);
}

/** log(softmax(x)); rows that are all -Infinity stay -Infinity instead of turning into NaN. */
export function logSoftmax(scores: ArrayLike<number>): Float64Array {
  const out = new Float64Array(scores.length);
  const logSum = logSumExp(scores);
  if (logSum === -Infinity) return out.fill(-Infinity);
  for (let i = 0; i < scores.length; i++) out[i] = (scores[i] ?? -Infinity) - logSum;
  return out;
}

/** softmax(x), given its `logSum` when the caller has it already. */
export function softmax(scores: ArrayLike<number>, logSum = logSumExp(scores)): Float64Array {
  const out = new Float64Array(scores.length);
  if (logSum === -Infinity) return out;
  for (let i = 0; i < scores.length; i++) out[i] = Math.exp((scores[i] as number) - logSum);
  return out;
}

/** First index of the maximum (torch.argmax also returns the first on ties). */
export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    if ((scores[i] ?? -Infinity) > (scores[best] ?? -Infinity)) best = i;
  }
  return best;
}

/**
 * Indices of the k largest values, largest first; ties go to the lower index (deterministic).
 * One pass with a small sorted buffer: k is tiny (top-5, 2 * num_beams) and rows are a vocabulary.
 */
export function topKIndices(scores: ArrayLike<number>, k: number): number[] {
  const size = Math.min(Math.max(0, k), scores.length);
  const best: number[] = [];
  const ranksBefore = (i: number, j: number): boolean =>
    compareDescending(scores[i] ?? -Infinity, scores[j] ?? -Infinity) < 0;
  // The k-th best so far: most of a row falls below it and is skipped with one comparison.
  let floor: number | null = null;
  for (let i = 0; i < scores.length && size > 0; i++) {
    if (floor !== null && !((scores[i] as number) > floor)) continue;
    const last = best[best.length - 1];
    if (best.length === size && last !== undefined && !ranksBefore(i, last)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(i, best[at - 1] ?? i)) at--;
    best.splice(at, 0, i);
    if (best.length > size) best.pop();
    const kth = best.length === size ? scores[best[size - 1] ?? 0] : undefined;
    // A NaN at the k-th place ranks below everything: nothing is skipped then.
    floor = kth === undefined || Number.isNaN(kth) ? null : kth;
  }
  return best;
}

/** Sort comparator: larger first, NaN last. */
export function compareDescending(a: number, b: number): number {
  if (a === b) return 0;
  if (Number.isNaN(a)) return 1;
  if (Number.isNaN(b)) return -1;
  return a > b ? -1 : 1;
}

export function topProbabilities(probabilities: ArrayLike<number>, k: number): TokenProbability[] {
  return topKIndices(probabilities, k).map((tokenId) => ({
    tokenId,
    probability: probabilities[tokenId] ?? 0,
  }));
}
