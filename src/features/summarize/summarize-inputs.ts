/** What the Summarize view edits: its inputs, kept in the URL and in its store. */
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import { DEFAULT_SUMMARIZATION_MODEL } from '../../shared/model-catalog.ts';
import type { ExtractiveMethod } from '../../shared/protocol/index.ts';

export type ModelLocation = 'hub' | 'local';
/** Abstractive runs a seq2seq model; the extractive methods pick sentences with no model. */
export type SummaryMethod = 'abstractive' | ExtractiveMethod;

export const VIEW_ID = 'summarize';

export interface SummarizeInputs {
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
  /** With the abstractive method: an extractive summary beside the model's, or none. */
  compareWith: ExtractiveMethod | null;
}

export const DEFAULT_INPUTS: SummarizeInputs = {
  article: '',
  model: DEFAULT_SUMMARIZATION_MODEL,
  location: 'hub',
  generation: {},
  method: 'abstractive',
  sentenceCount: 3,
  prefix: null,
  chunking: false,
  compareWith: null,
};
