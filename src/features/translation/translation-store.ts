/** The Translation view's own state, from the URL when the page opened on it. */
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { readRememberedModels } from '../../lib/remembered-models.ts';
import { viewStore } from '../../lib/view-store.ts';
import {
  DEFAULT_INPUTS,
  PANES,
  VIEW_ID,
  type PaneId,
  type PaneInputs,
  type TranslationInputs,
} from './translation-inputs.ts';
import { translationStateFromQuery } from './url-state.ts';

export interface TranslationState extends TranslationInputs {
  setText(text: string): void;
  setPane(pane: PaneId, patch: Partial<PaneInputs>): void;
  setGeneration(patch: Partial<GenerationSettings>): void;
  resetGeneration(): void;
  setChunking(chunking: boolean): void;
}

/** Each pane's model from the last visit, else the defaults; then the URL's, when it opened here. */
function initialInputs(): TranslationInputs {
  const remembered = readRememberedModels();
  const panes = { ...DEFAULT_INPUTS.panes };
  for (const pane of PANES) {
    const choice = remembered[`${VIEW_ID}/${pane}`];
    if (choice && choice.model !== panes[pane].model)
      panes[pane] = {
        model: choice.model,
        location: choice.location,
        prefix: null,
        srcLang: null,
        tgtLang: null,
      };
  }
  const base = { ...DEFAULT_INPUTS, panes };
  const query = queryAtLoadFor('/tasks/translation');
  return query ? translationStateFromQuery(query, base) : base;
}

const store = viewStore<TranslationState>(() => (set) => ({
  ...initialInputs(),
  setText: (text) => set({ text }),
  setPane: (pane, patch) => set((s) => ({ panes: { ...s.panes, [pane]: { ...s.panes[pane], ...patch } } })),
  setGeneration: (patch) => set((s) => ({ generation: { ...s.generation, ...patch } })),
  resetGeneration: () => set({ generation: {} }),
  setChunking: (chunking) => set({ chunking }),
}));

export function useTranslation<T>(selector: (state: TranslationState) => T): T {
  return store()(selector);
}

export function translationState(): TranslationState {
  return store().getState();
}
