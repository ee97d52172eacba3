/** What the Sentiment view edits: a model and a batch of texts, one per line. */
import { DEFAULT_SENTIMENT_MODEL, SENTIMENT_MODELS } from '../../shared/model-catalog.ts';
import type { SentimentJob } from '../../shared/protocol/index.ts';

export const VIEW_ID = 'sentiment';
export const VIEW_PATH = '/tasks/sentiment';
/** The view's place for its latest job (the one it replaces is forgotten). */
export const SLOT = 'sentiment';

export interface SentimentInputs {
  model: string;
  location: 'hub' | 'local';
  /** The batch: one text per line (blank lines are skipped by the worker, with a note). */
  text: string;
}

export const DEFAULT_INPUTS: SentimentInputs = {
  model: DEFAULT_SENTIMENT_MODEL,
  location: 'hub',
  text: '',
};

/** Every line is sent, blank ones too, so each result keeps its line number. */
export function batchLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function sentimentJob(inputs: SentimentInputs): SentimentJob {
  return { kind: 'sentiment', model: inputs.model.trim(), texts: batchLines(inputs.text) };
}

export function catalogEntry(model: string) {
  return SENTIMENT_MODELS.find((m) => m.id === model.trim());
}
