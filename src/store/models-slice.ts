import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface ModelsSlice {
  models: { listJobId: string | null; deleteJobId: string | null; prefetchJobId: string | null };
  setModelsJob(kind: 'listJobId' | 'deleteJobId' | 'prefetchJobId', jobId: string): void;
}

export const createModelsSlice: StateCreator<AppState, [], [], ModelsSlice> = (set) => ({
  models: { listJobId: null, deleteJobId: null, prefetchJobId: null },
  setModelsJob: (kind, jobId) => set((s) => ({ models: { ...s.models, [kind]: jobId } })),
});
