/**
 * The seam between the decoding engine and a model. The engine (greedy, sampling, beam search)
 * only ever talks to this interface, so its logic is unit-tested with a table-driven fake, and
 * the real implementation (`transformers-step-model.ts`) only has to get forward passes right.
 */

/** The tokenized input: one sequence, no batch dimension. */
export interface ModelInput {
  inputIds: readonly number[];
  attentionMask: readonly number[];
}

export interface StepModel {
  /** Seq2seq (encoder + decoder) or decoder-only. Decides what the decoder prefix is. */
  readonly isEncoderDecoder: boolean;
  /**
   * Encode `input` once (encoder-decoder models) and run the decoder over `prefix`, the decoder
   * sequence to continue: `[decoder_start_token_id]` for seq2seq, the prompt ids for
   * decoder-only. Returns the logits of the token that follows `prefix`: one row, called row 0.
   */
  start(input: ModelInput, prefix: readonly number[]): Promise<Float32Array>;
  /**
   * One decoder call for all live rows (beams), batched. Row `r` of this step continues row
   * `parents[r]` of the previous call (`start` counts as one row 0) with the token `tokens[r]`;
   * rows may be reordered, duplicated or dropped (beam search, finished samples). Returns one
   * logits row per new row, in order.
   */
  step(tokens: readonly number[], parents: readonly number[]): Promise<Float32Array[]>;
  /**
   * What the encoder produced on the last `start`: the shape of `last_hidden_state` and how long
   * it took. Null for decoder-only models and fakes; the UI shows it as the encoder stage.
   */
  readonly encoderInfo?: { shape: number[]; ms: number } | null;
  /** Release the cache tensors (GPU memory on WebGPU). The model itself stays loaded. */
  dispose(): Promise<void>;
}
