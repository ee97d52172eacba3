import { create } from 'zustand';
import { createModelsSlice, type ModelsSlice } from './models-slice.ts';
import { createSettingsSlice, type SettingsInit, type SettingsSlice } from './settings-slice.ts';
import { createSummarizeSlice, type SummarizeInit, type SummarizeSlice } from './summarize-slice.ts';
import { createTokenizerSlice, type TokenizerSlice } from './tokenizer-slice.ts';
import { createWorkerSlice, type WorkerSlice } from './worker-slice.ts';
import type { LabQuery } from '../shared/tokenization/url-state.ts';

export type AppState = WorkerSlice & SettingsSlice & SummarizeSlice & TokenizerSlice & ModelsSlice;

export interface StoreInit extends SettingsInit {
  summarize: SummarizeInit;
  lab: LabQuery & { defaultModel: string };
}

export function createAppStore(init: StoreInit) {
  return create<AppState>()((...a) => ({
    ...createWorkerSlice(...a),
    ...createModelsSlice(...a),
    ...createSettingsSlice(init)(...a),
    ...createSummarizeSlice(init.summarize)(...a),
    ...createTokenizerSlice({
      model: init.lab.model ?? init.lab.defaultModel,
      texts: init.lab.texts ?? [],
      pairs: init.lab.pairs,
      settings: init.lab.settings,
    })(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
