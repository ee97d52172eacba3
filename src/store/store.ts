import { create } from 'zustand';
import { createChosenModelsSlice, type ChosenModel, type ChosenModelsSlice } from './chosen-models-slice.ts';
import { createJobsSlice, type JobsSlice } from './jobs-slice.ts';
import { createSettingsSlice, type SettingsInit, type SettingsSlice } from './settings-slice.ts';

/**
 * The app's one store: jobs (generic per kind), the runtime and host settings, and each view's
 * chosen model. What a view edits (its text, its settings) lives in the view's own feature store.
 */
export type AppState = JobsSlice & SettingsSlice & ChosenModelsSlice;

export interface StoreInit extends SettingsInit {
  chosenModels: Record<string, ChosenModel>;
}

export function createAppStore(init: StoreInit) {
  return create<AppState>()((...a) => ({
    ...createJobsSlice(...a),
    ...createSettingsSlice(init)(...a),
    ...createChosenModelsSlice(init.chosenModels)(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
