/** The Tokenizer lab's own state: its texts, settings, tokenizer and comparisons, and its jobs. */
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { readRememberedModels } from '../../lib/remembered-models.ts';
import { viewStore } from '../../lib/view-store.ts';
import { DEFAULT_LAB_TOKENIZER } from '../../shared/tokenizer-catalog.ts';
import { labStateFromQuery } from '../../shared/tokenization/url-state.ts';
import { DEFAULT_SETTINGS, type TokenizerSettings } from '../../shared/tokenization/types.ts';

export const VIEW_ID = 'tokenizer';

type ModelLocation = 'hub' | 'local';

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

export interface LabState extends TokenizerLab {
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

function initialLab(): TokenizerLab {
  const remembered = readRememberedModels()[VIEW_ID];
  const query = queryAtLoadFor('/tokenizer');
  const fromUrl = query ? labStateFromQuery(query) : null;
  // A tokenizer named in the URL comes from the Hub unless the URL says the local folder.
  const model = fromUrl?.model ?? remembered?.model ?? DEFAULT_LAB_TOKENIZER;
  const location: ModelLocation = fromUrl?.model
    ? query?.get('source') === 'local'
      ? 'local'
      : 'hub'
    : (remembered?.location ?? 'hub');
  return {
    model,
    location,
    texts: fromUrl?.texts ?? [''],
    pairs: fromUrl?.pairs ?? null,
    settings: { ...DEFAULT_SETTINGS, ...fromUrl?.settings },
    compare: [],
    jobId: null,
    shownJobId: null,
    compareJobs: {},
  };
}

const store = viewStore<LabState>(() => (set) => {
  const patch = (p: Partial<TokenizerLab>) => set(p);
  return {
    ...initialLab(),
    setLab: (p) => patch(p),
    setShownLabJob: (shownJobId) => patch({ shownJobId }),
    setLabText: (i, text) => set((s) => ({ texts: replaceAt(s.texts, i, text) })),
    setLabPair: (i, text) => set((s) => ({ pairs: s.pairs ? replaceAt(s.pairs, i, text) : null })),
    addLabText: () =>
      set((s) =>
        s.texts.length >= MAX_BATCH
          ? s
          : { texts: [...s.texts, ''], pairs: s.pairs ? [...s.pairs, ''] : null },
      ),
    removeLabText: (i) =>
      set((s) =>
        s.texts.length <= 1
          ? s
          : {
              texts: s.texts.filter((_, j) => j !== i),
              pairs: s.pairs ? s.pairs.filter((_, j) => j !== i) : null,
            },
      ),
    setLabSettings: (p) => set((s) => ({ settings: { ...s.settings, ...p } })),
    setLabJob: (jobId) => patch({ jobId }),
    setCompareJob: (model, jobId) => set((s) => ({ compareJobs: { ...s.compareJobs, [model]: jobId } })),
  };
});

export function useLab<T>(selector: (state: LabState) => T): T {
  return store()(selector);
}

export function labState(): LabState {
  return store().getState();
}
