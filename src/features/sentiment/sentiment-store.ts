/** The Sentiment view's own state, from the URL when the page opened on it. */
import { queryAtLoadFor } from '../../lib/page-query.ts';
import { readRememberedModels } from '../../lib/remembered-models.ts';
import { viewStore } from '../../lib/view-store.ts';
import { DEFAULT_INPUTS, VIEW_ID, VIEW_PATH, type SentimentInputs } from './sentiment-inputs.ts';
import { sentimentStateFromQuery } from './url-state.ts';

/** A loaded CSV: its records, whether the first names the columns, and the column in the batch. */
export interface LoadedCsv {
  name: string;
  records: string[][];
  header: boolean;
  column: number;
}

export interface SentimentState extends SentimentInputs {
  csv: LoadedCsv | null;
  set(patch: Partial<SentimentInputs>): void;
  setCsv(csv: LoadedCsv | null): void;
}

/** The model from the last visit, else the default; then the URL's, when the page opened here. */
function initialInputs(): SentimentInputs {
  const remembered = readRememberedModels()[VIEW_ID];
  const base = remembered
    ? { ...DEFAULT_INPUTS, model: remembered.model, location: remembered.location }
    : DEFAULT_INPUTS;
  const query = queryAtLoadFor(VIEW_PATH);
  return query ? sentimentStateFromQuery(query, base) : base;
}

const store = viewStore<SentimentState>(() => (set) => ({
  ...initialInputs(),
  csv: null,
  set: (patch) => set(patch),
  setCsv: (csv) => set({ csv }),
}));

export function useSentiment<T>(selector: (state: SentimentState) => T): T {
  return store()(selector);
}

export function sentimentState(): SentimentState {
  return store().getState();
}
