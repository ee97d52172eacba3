import type { GenerationSettings } from '../../generation-settings.ts';
import type { GenerationOutput } from '../generation.ts';

export interface SummarizeJob {
  kind: 'summarize';
  model: string;
  text: string;
  generation: GenerationSettings;
  /** The prompt prefix; undefined = the model's own (`task_specific_params`, e.g. "summarize: "). */
  prefix?: string;
  /** `auto`: an article longer than the model's limit is summarized in chunks, then the summaries. */
  chunking?: 'off' | 'auto';
}

export interface SummaryResult extends GenerationOutput {
  kind: 'summarize';
}
