import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type TokenizerSettings } from '../shared/tokenization/types.ts';
import type { ModelLocation } from './summarize-slice.ts';
import type { AppState } from './store.ts';

export interface TokenizerLab {
  model: string;
  location: ModelLocation;
  texts: string[];
  /** One second text per row when text pairs are on; null when off. */
  pairs: string[] | null;
  settings: TokenizerSettings;
  /** Other tokenizers to compare on the first text (the lab's own model is not listed). */
  compare: string[];
  /** The latest job asked for, and the latest one that finished (shown until the next finishes). */
  jobId: string | null;
  shownJobId: string | null;
  compareJobs: Record<string, string>;
}

export interface TokenizerSlice {
  lab: TokenizerLab;
  setLab(patch: Partial<Omit<TokenizerLab, 'jobId' | 'shownJobId' | 'compareJobs'>>): void;
  setShownLabJob(jobId: string): void;
  setLabText(index: number, text: string): void;
  setLabPair(index: number, text: string): void;
  addLabText(): void;
  removeLabText(index: number): void;
  setLabSettings(patch: Partial<TokenizerSettings>): void;
  setLabJob(jobId: string | null): void;
  setCompareJob(model: string, jobId: string): void;
}

export const MAX_BATCH = 8;

const replaceAt = <T>(xs: readonly T[], i: number, x: T): T[] => xs.map((old, j) => (j === i ? x : old));

export function createTokenizerSlice(init: {
  model: string;
  texts: string[];
  pairs: string[] | null;
  settings: TokenizerSettings;
}): StateCreator<AppState, [], [], TokenizerSlice> {
  return (set) => {
    const patch = (p: Partial<TokenizerLab>) => set((s) => ({ lab: { ...s.lab, ...p } }));
    return {
      lab: {
        model: init.model,
        location: 'hub',
        texts: init.texts.length > 0 ? init.texts : [''],
        pairs: init.pairs,
        settings: { ...DEFAULT_SETTINGS, ...init.settings },
        compare: [],
        jobId: null,
        shownJobId: null,
        compareJobs: {},
      },
      setLab: (p) => patch(p),
      setShownLabJob: (shownJobId) => patch({ shownJobId }),
      setLabText: (i, text) => set((s) => ({ lab: { ...s.lab, texts: replaceAt(s.lab.texts, i, text) } })),
      setLabPair: (i, text) =>
        set((s) => ({ lab: { ...s.lab, pairs: s.lab.pairs ? replaceAt(s.lab.pairs, i, text) : null } })),
      addLabText: () =>
        set((s) =>
          s.lab.texts.length >= MAX_BATCH
            ? s
            : {
                lab: {
                  ...s.lab,
                  texts: [...s.lab.texts, ''],
                  pairs: s.lab.pairs ? [...s.lab.pairs, ''] : null,
                },
              },
        ),
      removeLabText: (i) =>
        set((s) =>
          s.lab.texts.length <= 1
            ? s
            : {
                lab: {
                  ...s.lab,
                  texts: s.lab.texts.filter((_, j) => j !== i),
                  pairs: s.lab.pairs ? s.lab.pairs.filter((_, j) => j !== i) : null,
                },
              },
        ),
      setLabSettings: (p) => set((s) => ({ lab: { ...s.lab, settings: { ...s.lab.settings, ...p } } })),
      setLabJob: (jobId) => patch({ jobId }),
      setCompareJob: (model, jobId) =>
        set((s) => ({ lab: { ...s.lab, compareJobs: { ...s.lab.compareJobs, [model]: jobId } } })),
    };
  };
}
