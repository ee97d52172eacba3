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
