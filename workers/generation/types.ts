/**
 * Public types of the generation engine. Parameter names and meanings are Python
 * `transformers.GenerationConfig`'s, so a `generation_config.json` reads straight into them.
 */

export type EarlyStopping = boolean | 'never';

/** Fully resolved parameters (see `resolveGenerationParams` in `params.ts`). */
export interface GenerationParams {
  /** Length of the whole decoder sequence: seq2seq counts the decoder start token, decoder-only the prompt. */
  max_length: number;
  /** When set, wins over `max_length`: max_length = prefix length + max_new_tokens. */
  max_new_tokens: number | null;
  /** EOS is masked while the decoder sequence (same counting as max_length) is shorter. */
  min_length: number;
  /** EOS is masked until this many tokens follow the prefix. */
  min_new_tokens: number | null;
  do_sample: boolean;
  num_beams: number;
  num_return_sequences: number;
  temperature: number;
  top_k: number;
  top_p: number;
  /** Seed of the sampling PRNG; `null` draws one at random. Not a Python parameter. */
  seed: number | null;
  length_penalty: number;
  early_stopping: EarlyStopping;
  no_repeat_ngram_size: number;
  repetition_penalty: number;
  bos_token_id: number | null;
  /** Always a list here; Python accepts a number or a list. Empty: no EOS. */
  eos_token_id: number[];
  pad_token_id: number | null;
  decoder_start_token_id: number | null;
  forced_bos_token_id: number | null;
  forced_eos_token_id: number[] | null;
  /** Token sequences never to generate (Marian bans its pad token this way); null: none. */
  bad_words_ids: number[][] | null;
  /** Log-softmax again after the processors (Python's LogitNormalization; Marian sets it). */
  renormalize_logits: boolean;
}

export interface TokenProbability {
  tokenId: number;
  probability: number;
}

export interface ScoredSequence {
  tokenIds: number[];
  score: number;
}

/** A logits stage: one of Python's processors or sampling warpers, by its parameter name; `raw` = the model's logits. */
export type LogitsStageName =
  | 'raw'
  | 'repetition_penalty'
  | 'no_repeat_ngram_size'
  | 'bad_words_ids'
  | 'min_length'
  | 'min_new_tokens'
  | 'forced_bos_token_id'
  | 'forced_eos_token_id'
  | 'renormalize_logits'
  | 'temperature'
  | 'top_k'
  | 'top_p';

/** The next-token distribution after one stage of a step (softmax of the scores as it left them). */
export interface StageTrace {
  stage: LogitsStageName;
  /** Tokens with a finite score after this stage. */
  kept: number;
  /** Tokens this stage set to -Infinity. */
  removed: number;
  /** The probability, before this stage, of the tokens it removed. */
  removedMass: number;
  /** The most probable tokens after it, best first. */
  top: TokenProbability[];
  /** The most probable tokens it removed, with their probability before it. */
  removedTop: TokenProbability[];
  /** Probability of the token finally chosen, after this stage. */
  chosenProbability: number;
}

/** One generated token as it was chosen: its probability and the most probable tokens then. */
export interface TokenStep {
  /** Probability of the token under the distribution it was chosen from (processed, and warped when sampling). */
  probability: number;
  /** The 5 most probable tokens of that distribution, best first. */
  topK: TokenProbability[];
  /** With `traceStages`: the distribution after each stage, raw first (first sequence only). */
  stages?: StageTrace[];
  /** Sampling: the uniform number the token was drawn with. */
  draw?: number;
}

/** A returned sequence with the trace of its generated tokens (after the prefix), one step each. */
export interface TracedSequence extends ScoredSequence {
  steps: TokenStep[];
}

export type GenerationStepEvent =
  | {
      /** Greedy search and sampling: one event per live sequence per step. */
      kind: 'token';
      /** 0 for the first generated token. */
      step: number;
      /** Which returned sequence this token extends (sampling with num_return_sequences > 1). */
      sequence: number;
      tokenId: number;
      /** Probability of `tokenId` after logits processing (and warping, when sampling). */
      probability: number;
      /** The 5 most probable tokens of that same distribution, best first. */
      topK: TokenProbability[];
      stages?: StageTrace[];
      draw?: number;
    }
  | {
      kind: 'beams';
      step: number;
      /**
       * Running beams after this step, best first; score = running sum of log-probabilities (no
       * length penalty). A candidate that just stopped (EOS, max_length) is not listed, so the
       * step that reaches max_length has none.
       */
      beams: ScoredSequence[];
      /**
       * The finished hypotheses kept so far (at most num_beams, best first);
       * score = sum_logprobs / generated_len ** length_penalty.
       */
      finished: ScoredSequence[];
    };

export interface GenerationHooks {
  onStep?(event: GenerationStepEvent): void;
  /** Checked between decoder steps; `true` makes `generate` reject with an `AbortError`. */
  shouldStop?(): boolean;
  /**
   * Greedy and sampling: record the first sequence's distribution after every logits stage at
   * every step (a softmax over the vocabulary per stage, so off by default).
   */
  traceStages?: boolean;
}

export interface GenerationResult {
  /**
   * Beam search: best first. Greedy: one. Sampling: num_return_sequences, in draw order (as Python).
   * tokenIds include the decoder start token (seq2seq) or the prompt (decoder-only), as Python's output.
   */
  sequences: TracedSequence[];
  /** Decoding steps run: one decoder call each (the first over the prefix), one token per live sequence. */
  steps: number;
}
