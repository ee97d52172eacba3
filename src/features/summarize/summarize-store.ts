/** The Summarize view's own state: the article, the method, the model and its settings. */
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { readRememberedModels } from '../../lib/remembered-models.ts';
import { viewStore } from '../../lib/view-store.ts';
import { DEFAULT_INPUTS, VIEW_ID, type SummarizeInputs } from './summarize-inputs.ts';
import { summarizeStateFromQuery } from './url-state.ts';

export interface SummarizeState extends SummarizeInputs {
  set(patch: Partial<SummarizeInputs>): void;
  setGeneration(patch: Partial<GenerationSettings>): void;
}

function initialInputs(): SummarizeInputs {
  const remembered = readRememberedModels()[VIEW_ID];
  const query = queryAtLoadFor('/summarize', true);
  return {
    ...DEFAULT_INPUTS,
    ...(remembered ? { model: remembered.model, location: remembered.location } : {}),
    ...(query ? summarizeStateFromQuery(query) : {}),
  };
}

const store = viewStore<SummarizeState>(() => (set) => ({
  ...initialInputs(),
  set: (patch) => set(patch),
  setGeneration: (patch) => set((s) => ({ generation: { ...s.generation, ...patch } })),
}));

export function useSummarize<T>(selector: (state: SummarizeState) => T): T {
  return store()(selector);
}

export function summarizeState(): SummarizeState {
  return store().getState();
}
