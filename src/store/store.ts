import { create } from 'zustand';
import { createSettingsSlice, type SettingsInit, type SettingsSlice } from './settings-slice.ts';
import { createSummarizeSlice, type SummarizeSlice } from './summarize-slice.ts';
import { createWorkerSlice, type WorkerSlice } from './worker-slice.ts';

export type AppState = WorkerSlice & SettingsSlice & SummarizeSlice;

export interface StoreInit extends SettingsInit {
  article: string;
  summarizeModel: string;
}

export function createAppStore(init: StoreInit) {
  return create<AppState>()((...a) => ({
    ...createWorkerSlice(...a),
    ...createSettingsSlice(init)(...a),
    ...createSummarizeSlice({ article: init.article, model: init.summarizeModel })(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
