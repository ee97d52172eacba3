/**
 * The Hub view's own state: its inputs (from the URL when the page opened here), and what it has
 * posted, so a remount or StrictMode's second effect run does not post the same job again.
 */
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { viewStore } from '../../lib/view-store.ts';
import type { HubSearchResult } from '../../shared/protocol/index.ts';
import { compareListOf, withCompared, withoutCompared } from './compare-list.ts';
import { DEFAULT_INPUTS, VIEW_PATH, type HubInputs } from './hub-inputs.ts';
import { hubStateFromQuery } from './url-state.ts';

/** A job posted in a slot: what it was for (host and request) and its id. */
export interface Posted {
  key: string;
  jobId: string;
  /** Rows asked for (searches). */
  count: number;
}

export interface HubState extends HubInputs {
  set(patch: Partial<HubInputs>): void;
  openModel(id: string): void;
  addCompare(id: string): void;
  removeCompare(id: string): void;
  /** Replaces Compare's models (a family's sizes) and shows Compare. */
  setCompare(ids: readonly string[]): void;
  posted: Record<string, Posted>;
  setPosted(slot: string, posted: Posted): void;
  /** The last search that succeeded: shown while more rows of it load, or after a cancel. */
  lastGood: HubSearchResult | null;
  setLastGood(result: HubSearchResult): void;
}

function initialInputs(): HubInputs {
  const query = queryAtLoadFor(VIEW_PATH);
  return query ? hubStateFromQuery(query) : DEFAULT_INPUTS;
}

const store = viewStore<HubState>(() => (set) => ({
  ...initialInputs(),
  set: (patch) => set(patch),
  openModel: (model) => set({ model }),
  addCompare: (id) => set((s) => ({ compare: withCompared(s.compare, id) })),
  removeCompare: (id) => set((s) => ({ compare: withoutCompared(s.compare, id) })),
  setCompare: (ids) => set({ compare: compareListOf(ids), tab: 'compare' }),
  posted: {},
  setPosted: (slot, posted) => set((s) => ({ posted: { ...s.posted, [slot]: posted } })),
  lastGood: null,
  setLastGood: (lastGood) => set({ lastGood }),
}));

export function useHub<T>(selector: (state: HubState) => T): T {
  return store()(selector);
}

export function hubState(): HubState {
  return store().getState();
}
