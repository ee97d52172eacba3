/** What the generation tasks (summarize, translate, generate) stream and return. */

export interface TokenAlternative {
  id: number;
  text: string;
  probability: number;
}

export interface GeneratedToken {
  step: number;
  id: number;
  text: string;
  probability: number;
  /** The most probable tokens at this step (after logits processing), best first. */
  alternatives: TokenAlternative[];
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
