/** Small numeric helpers over one row of scores. Computed in float64 for stable sums of log-probabilities. */
import type { TokenProbability } from './types.ts';

export function toFloat64(row: Float32Array): Float64Array {
  return Float64Array.from(row);
}

/** log(softmax(x)); rows that are all -Infinity stay -Infinity instead of turning into NaN. */
export function logSoftmax(scores: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i] ?? -Infinity);
  const out = new Float64Array(scores.length);
  if (max === -Infinity) return out.fill(-Infinity);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += Math.exp((scores[i] ?? -Infinity) - max);
  const logSum = max + Math.log(sum);
  for (let i = 0; i < scores.length; i++) out[i] = (scores[i] ?? -Infinity) - logSum;
  return out;
}

export function softmax(scores: ArrayLike<number>): Float64Array {
  const logProbs = logSoftmax(scores);
  return logProbs.map(Math.exp);
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
  for (let i = 0; i < scores.length && size > 0; i++) {
    const last = best[best.length - 1];
    if (best.length === size && last !== undefined && !ranksBefore(i, last)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(i, best[at - 1] ?? i)) at--;
    best.splice(at, 0, i);
    if (best.length > size) best.pop();
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
