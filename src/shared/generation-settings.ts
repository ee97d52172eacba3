/**
 * Generation settings with Hugging Face `generate` names. `undefined` means "use the model's
 * own default" (generation_config.json / task_specific_params).
 */
export interface GenerationSettings {
  max_length?: number;
  min_length?: number;
  max_new_tokens?: number;
  min_new_tokens?: number;
  num_beams?: number;
  num_return_sequences?: number;
  length_penalty?: number;
  early_stopping?: boolean | 'never';
  no_repeat_ngram_size?: number;
  repetition_penalty?: number;
  do_sample?: boolean;
  temperature?: number;
  top_k?: number;
  top_p?: number;
  seed?: number;
}

/** The settings a person can see and change, in display order. */
export const GENERATION_SETTING_NAMES = [
  'num_beams',
  'max_length',
  'min_length',
  'max_new_tokens',
  'min_new_tokens',
  'no_repeat_ngram_size',
  'length_penalty',
  'early_stopping',
  'num_return_sequences',
  'repetition_penalty',
  'do_sample',
  'temperature',
  'top_k',
  'top_p',
  'seed',
] as const satisfies ReadonlyArray<keyof GenerationSettings>;

/** The values a generation actually used: the model's defaults with the overrides applied. */
export type ResolvedSettings = { [K in keyof GenerationSettings]-?: GenerationSettings[K] | null };
