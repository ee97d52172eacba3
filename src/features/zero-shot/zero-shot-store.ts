/** The Zero-shot view's own state: the last visit's model, then the URL's when the page opened here. */
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { readRememberedModels } from '../../lib/remembered-models.ts';
import { viewStore } from '../../lib/view-store.ts';
import { DEFAULT_INPUTS, VIEW_ID, VIEW_PATH, type ZeroShotInputs } from './zero-shot-inputs.ts';
import { zeroShotStateFromQuery } from './url-state.ts';

/** What the view sent for its latest job: its items are read with these settings before the result. */
export interface RunRecord {
  jobId: string;
  multiLabel: boolean;
  batch: boolean;
}

export interface ZeroShotState extends ZeroShotInputs {
  ran: RunRecord | null;
  set(patch: Partial<ZeroShotInputs>): void;
  setRan(ran: RunRecord): void;
}

function initialInputs(): ZeroShotInputs {
  const remembered = readRememberedModels()[VIEW_ID];
  const base = remembered
    ? { ...DEFAULT_INPUTS, model: remembered.model, location: remembered.location }
    : DEFAULT_INPUTS;
  const query = queryAtLoadFor(VIEW_PATH);
  return query ? zeroShotStateFromQuery(query, base) : base;
}

const store = viewStore<ZeroShotState>(() => (set) => ({
  ...initialInputs(),
  ran: null,
  set: (patch) => set(patch),
  setRan: (ran) => set({ ran }),
}));

export function useZeroShot<T>(selector: (state: ZeroShotState) => T): T {
  return store()(selector);
}

export function zeroShotState(): ZeroShotState {
  return store().getState();
}
