/**
 * What the Generate view edits: one prompt (and system message) for a decoder-only model, and,
 * to compare, a second model on the same prompt and settings.
 */
import type { GenerationSettings } from '../../shared/generation-settings.ts';
import { DEFAULT_GENERATION_MODEL } from '../../shared/model-catalog.ts';

export const VIEW_ID = 'generate';
export const VIEW_PATH = '/tasks/generate';
export const PANES = ['a', 'b'] as const;
export type PaneId = (typeof PANES)[number];

export type Location = 'hub' | 'local';

export interface GenerateInputs {
  model: string;
  location: Location;
  /** Pane b's model; null = pane a's base or instruction-tuned counterpart (see counterpart.ts). */
  modelB: string | null;
  locationB: Location;
  /** The prompt; for a chat model, the user message. */
  text: string;
  /** The system message for chat models; '' = none (the template may write its own default). */
  system: string;
  /** Apply the tokenizer's chat template when it has one; off = the raw prompt. */
  chat: boolean;
  /** Run pane b beside pane a. */
  compare: boolean;
  /** One set of settings for both panes, so they are compared on equal terms. */
  generation: GenerationSettings;
}

/** The settings Generate offers (CONTRACT.md's `setting-<name>` ids). */
export const GENERATE_SETTINGS = [
  'max_new_tokens',
  'do_sample',
  'temperature',
  'top_k',
  'top_p',
  'repetition_penalty',
  'no_repeat_ngram_size',
  'num_beams',
  'seed',
] as const satisfies ReadonlyArray<keyof GenerationSettings>;

export const DEFAULT_MAX_NEW_TOKENS = 64;

export const DEFAULT_INPUTS: GenerateInputs = {
  model: DEFAULT_GENERATION_MODEL,
  location: 'hub',
  modelB: null,
  locationB: 'hub',
  text: '',
  system: '',
  chat: true,
  compare: false,
  // Explicit, as Python's and transformers.js's pipelines are (max_new_tokens=256 there): without
  // it the model's max_length (20, prompt included) would leave a chat prompt no room at all.
  generation: { max_new_tokens: DEFAULT_MAX_NEW_TOKENS },
};
