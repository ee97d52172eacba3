/**
 * The few torch operations the beam-search reference needs, on plain arrays with the batch
 * dimension dropped (batch size 1): a row is `number[]`, a beam-major matrix `number[][]`.
 * Written longhand so that they are obviously right, not fast.
 */
import { at } from './naive-processors.ts';

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * torch.topk(values, k) (sorted): the k largest, largest first. torch leaves the order of equal
 * values unspecified; here the lower index wins, by k rounds of "first index of the maximum".
 * NaN never occurs in these scores; -Infinity ties like any other value.
 */
export function topk(values: readonly number[], k: number): { values: number[]; indices: number[] } {
  if (k > values.length) throw new RangeError(`topk: k = ${k} is larger than ${values.length} values`);
  const taken = new Uint8Array(values.length);
  const indices: number[] = [];
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === undefined || taken[i] || (best >= 0 && !(value > bestValue))) continue;
      best = i;
      bestValue = value;
    }
    taken[best] = 1;
    indices.push(best);
  }
  return { values: indices.map((i) => at(values, i)), indices };
}

/** `_gather_beams` on a [beams] tensor: entry j of the result is `tensor[indices[j]]`. */
export function gather<T>(tensor: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => at(tensor, i));
}

/** `_gather_beams` on a [beams, length] tensor: copies the rows, as take_along_dim makes a new tensor. */
export function gatherRows(tensor: readonly (readonly number[])[], indices: readonly number[]): number[][] {
  return indices.map((i) => [...at(tensor, i)]);
}

/** The float value of a bool tensor, as `.to(torch.float32)`. */
export const asFloat = (flag: boolean): number => (flag ? 1 : 0);
