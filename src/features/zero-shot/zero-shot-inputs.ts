/** What the Zero-shot view edits: the NLI model, the text(s), the candidate labels and the template. */
import { DEFAULT_ZERO_SHOT_MODEL } from '../../shared/model-catalog.ts';

export const VIEW_ID = 'zero-shot';
export const VIEW_PATH = '/tasks/zero-shot';
/** Python's and transformers.js's default `hypothesis_template`. */
export const DEFAULT_TEMPLATE = 'This example is {}.';

export interface ZeroShotInputs {
  model: string;
  location: 'hub' | 'local';
  text: string;
  /** The candidate labels as typed: comma-separated, as Python's `candidate_labels` string. */
  labels: string;
  template: string;
  multiLabel: boolean;
  /** One text per line (a batch); off: the whole box is one text, line breaks and all. */
  batch: boolean;
}

export const DEFAULT_INPUTS: ZeroShotInputs = {
  model: DEFAULT_ZERO_SHOT_MODEL,
  location: 'hub',
  text: '',
  labels: '',
  template: DEFAULT_TEMPLATE,
  multiLabel: false,
  batch: false,
};
