import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';
import type { GenerationSettings } from '../shared/generation-settings.ts';

export type ModelLocation = 'hub' | 'local';

export interface SummarizeSlice {
  summarize: {
    article: string;
    model: string;
    location: ModelLocation;
    generation: GenerationSettings;
    jobId: string | null;
  };
  setArticle(article: string): void;
  setSummarizeModel(model: string, location: ModelLocation): void;
  setGeneration(patch: Partial<GenerationSettings>): void;
  resetGeneration(): void;
  setSummarizeJob(jobId: string | null): void;
}

export function createSummarizeSlice(init: {
  article: string;
  model: string;
}): StateCreator<AppState, [], [], SummarizeSlice> {
  return (set) => {
    const patch = (p: Partial<SummarizeSlice['summarize']>) =>
      set((s) => ({ summarize: { ...s.summarize, ...p } }));
    return {
      summarize: { article: init.article, model: init.model, location: 'hub', generation: {}, jobId: null },
      setArticle: (article) => patch({ article }),
      setSummarizeModel: (model, location) => patch({ model, location }),
      setGeneration: (p) =>
        set((s) => ({ summarize: { ...s.summarize, generation: { ...s.summarize.generation, ...p } } })),
      resetGeneration: () => patch({ generation: {} }),
      setSummarizeJob: (jobId) => patch({ jobId }),
    };
  };
}
