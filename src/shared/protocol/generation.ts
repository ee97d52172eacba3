/** What the generation tasks (summarize, translate, generate) stream and return. */

export interface TokenAlternative {
  id: number;
  text: string;
  probability: number;
}

/** The logits stages of a step, in the order Python runs them: processors, then sampling warpers. */
export const LOGITS_STAGES = [
  'raw',
  'repetition_penalty',
  'no_repeat_ngram_size',
  'bad_words_ids',
  'min_length',
  'min_new_tokens',
  'forced_bos_token_id',
  'forced_eos_token_id',
  'renormalize_logits',
  'temperature',
  'top_k',
  'top_p',
] as const;
export type LogitsStageName = (typeof LOGITS_STAGES)[number];

/** The next-token distribution after one stage: softmax of the scores as that stage left them. */
export interface LogitsStageView {
  stage: LogitsStageName;
  /** Tokens still possible (finite score). */
  kept: number;
  /** Tokens this stage made impossible. */
  removed: number;
  /** Their probability before this stage. */
  removedMass: number;
  /** The most probable tokens after this stage, best first. */
  top: TokenAlternative[];
  /** The most probable of the tokens it removed (probabilities before the stage), best first. */
  removedTop: TokenAlternative[];
  /** The probability of the token that was finally chosen, after this stage. */
  chosenProbability: number;
}

export interface GeneratedToken {
  step: number;
  id: number;
  text: string;
  probability: number;
  /** The most probable tokens at this step (after logits processing), best first. */
  alternatives: TokenAlternative[];
  /** The distribution after each logits stage, when the job asked for them (Generate). */
  stages?: LogitsStageView[];
  /** Sampling: the uniform number in [0, 1) the token was drawn with (inverse CDF over token ids). */
  draw?: number;
}

/** One beam-search hypothesis: generated ids (after the decoder start), score and text. */
export interface BeamView {
  tokenIds: number[];
  score: number;
  text: string;
}

export interface BeamStep {
  step: number;
  /** Live beams; score = sum of log-probabilities so far. None at the step that reaches max_length. */
  beams: BeamView[];
  /** Finished hypotheses so far, best first; score includes the length penalty. */
  finished: BeamView[];
}

export interface StageTimings {
  loadMs: number;
  tokenizeMs: number;
  encodeMs: number;
  generateMs: number;
  decodeMs: number;
}

/** A seq2seq pipeline's answer: summarize and translate return this, under their own kind. */
export interface GenerationOutput {
  /** The best sequence, decoded with skip_special_tokens. */
  text: string;
  /** Its generated ids (after the decoder start token). */
  tokenIds: number[];
  /** The same ids as streamed tokens (text piece, probability, alternatives), for the output view. */
  tokens: GeneratedToken[];
  /** Every returned sequence, best first (num_return_sequences), with its score. */
  sequences: BeamView[];
  /** The same sequence decoded with its special tokens, for the decode stage. */
  rawText: string;
  /** The exact text given to the tokenizer (the last pass's, when chunked). */
  prompt: string;
  timings: StageTimings;
  /** Set when the input was handled in chunks: each chunk's output, in order. */
  chunks?: string[];
}
