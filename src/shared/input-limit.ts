/**
 * How many input tokens a model accepts. The tokenizer's `model_max_length` is only what the
 * tokenizer was saved with; a model with learned position embeddings cannot take more tokens
 * than its config's position table, and an input past it fails inside onnxruntime (a broadcast
 * of 512 positions by 742 tokens, say). So the limit is the smallest of the two that are known.
 */

/** Config keys that bound the positions a model embeds, by architecture family. */
export const POSITION_LIMIT_KEYS = [
  'max_position_embeddings', // BERT, BART, RoBERTa, Llama, GPT-NeoX…
  'n_positions', // GPT-2, T5 (saved, though T5's relative positions have no hard limit)
  'max_seq_len',
  'max_sequence_length',
  'seq_length',
  'n_ctx',
] as const;

export type InputLimitSource = 'model_max_length' | (typeof POSITION_LIMIT_KEYS)[number] | 'default';

export interface InputLimit {
  tokens: number;
  /** Where the limit comes from: the tokenizer, a config key, or the fallback. */
  source: InputLimitSource;
  /** The tokenizer's own `model_max_length`, when it declares one. */
  modelMaxLength: number | null;
}

/** Used when neither the tokenizer nor the config says anything. */
export const DEFAULT_INPUT_LIMIT = 512;

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

export function inputLimit(
  modelMaxLength: number | null,
  config: Readonly<Record<string, unknown>>,
): InputLimit {
  const declared = positiveInteger(modelMaxLength);
  let best: InputLimit | null =
    declared === null ? null : { tokens: declared, source: 'model_max_length', modelMaxLength: declared };
  for (const key of POSITION_LIMIT_KEYS) {
    const positions = positiveInteger(config[key]);
    if (positions !== null && (best === null || positions < best.tokens))
      best = { tokens: positions, source: key, modelMaxLength: declared };
  }
  return best ?? { tokens: DEFAULT_INPUT_LIMIT, source: 'default', modelMaxLength: declared };
}
