/** The Generate view's own state: the last visit's model, then the URL's when the page opened here. */
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { readRememberedModels } from '../../lib/remembered-models.ts';
import { viewStore } from '../../lib/view-store.ts';
import { DEFAULT_INPUTS, VIEW_ID, VIEW_PATH, type GenerateInputs, type PaneId } from './generate-inputs.ts';
import { generateStateFromQuery } from './url-state.ts';

/** What each pane last ran: its job and model (the inputs may have changed since). */
export type RunRecord = Partial<Record<PaneId, { jobId: string; model: string }>>;

export interface GenerateState extends GenerateInputs {
  ran: RunRecord;
  setRan(ran: RunRecord): void;
  set(patch: Partial<GenerateInputs>): void;
  setGeneration(patch: Partial<GenerationSettings>): void;
  resetGeneration(): void;
}

/** Pane a's model from the last visit; pane b starts as its counterpart. */
function initialInputs(): GenerateInputs {
  const remembered = readRememberedModels()[`${VIEW_ID}/a`];
  const base = remembered
    ? { ...DEFAULT_INPUTS, model: remembered.model, location: remembered.location }
    : DEFAULT_INPUTS;
  const query = queryAtLoadFor(VIEW_PATH);
  return query ? generateStateFromQuery(query, base) : base;
}

const store = viewStore<GenerateState>(() => (set) => ({
  ...initialInputs(),
  ran: {},
  setRan: (ran) => set({ ran }),
  set: (patch) => set(patch),
  setGeneration: (patch) => set((s) => ({ generation: { ...s.generation, ...patch } })),
  resetGeneration: () => set({ generation: {} }),
}));

export function useGenerate<T>(selector: (state: GenerateState) => T): T {
  return store()(selector);
}

export function generateState(): GenerateState {
  return store().getState();
}
