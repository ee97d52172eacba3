import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';
import type { GenerationSettings } from '../shared/generation-settings.ts';

export type ModelLocation = 'hub' | 'local';
/** Abstractive runs a seq2seq model; the extractive methods pick sentences with no model. */
export type SummaryMethod = 'abstractive' | 'lead' | 'textrank';

export interface SummarizeSlice {
  summarize: {
    article: string;
    model: string;
    location: ModelLocation;
    generation: GenerationSettings;
    method: SummaryMethod;
    /** Sentences an extractive summary picks. */
    sentenceCount: number;
    /** Prompt prefix; null = the model's own (e.g. T5's "summarize: "). */
    prefix: string | null;
    /** Summarize an over-long article in chunks instead of truncating it. */
    chunking: boolean;
    jobId: string | null;
  };
  setArticle(article: string): void;
  setSummarizeModel(model: string, location: ModelLocation): void;
  setGeneration(patch: Partial<GenerationSettings>): void;
  resetGeneration(): void;
  setSummarizeJob(jobId: string | null): void;
  setMethod(method: SummaryMethod): void;
  setSentenceCount(count: number): void;
  setPrefix(prefix: string | null): void;
  setChunking(chunking: boolean): void;
}

/** What a page load sets (from its URL); anything else starts at its default. */
export type SummarizeInit = Partial<Omit<SummarizeSlice['summarize'], 'jobId'>> & { model: string };

export function createSummarizeSlice(init: SummarizeInit): StateCreator<AppState, [], [], SummarizeSlice> {
  return (set) => {
    const patch = (p: Partial<SummarizeSlice['summarize']>) =>
      set((s) => ({ summarize: { ...s.summarize, ...p } }));
    return {
      summarize: {
        article: '',
        location: 'hub',
        generation: {},
        method: 'abstractive',
        sentenceCount: 3,
        prefix: null,
        chunking: false,
        ...init,
        jobId: null,
      },
      setArticle: (article) => patch({ article }),
      setSummarizeModel: (model, location) => patch({ model, location }),
      setGeneration: (p) =>
        set((s) => ({ summarize: { ...s.summarize, generation: { ...s.summarize.generation, ...p } } })),
      resetGeneration: () => patch({ generation: {} }),
      setSummarizeJob: (jobId) => patch({ jobId }),
      setMethod: (method) => patch({ method }),
      setSentenceCount: (sentenceCount) => patch({ sentenceCount }),
      setPrefix: (prefix) => patch({ prefix }),
      setChunking: (chunking) => patch({ chunking }),
    };
  };
}
