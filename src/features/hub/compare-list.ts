/** The models in Compare: distinct ids, at most MAX_COMPARE, in the order added. */
import { MAX_COMPARE } from './hub-inputs.ts';

/** The list with `id` added at the end; unchanged when it is there already or the list is full. */
export function withCompared(list: readonly string[], id: string): string[] {
  if (list.includes(id) || list.length >= MAX_COMPARE) return [...list];
  return [...list, id];
}

export const withoutCompared = (list: readonly string[], id: string) => list.filter((m) => m !== id);

/** A list from elsewhere (a family's sizes): distinct, the first MAX_COMPARE. */
export const compareListOf = (ids: readonly string[]) => [...new Set(ids)].slice(0, MAX_COMPARE);
