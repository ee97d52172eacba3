import type { InputLimit } from '../../input-limit.ts';

/**
 * Sequence classification of a batch of texts (one per line), as Python's
 * `pipeline("text-classification", top_k=None, truncation=True)` scores them: every label of the
 * model with its score, the logits, and the tokens the model saw.
 */
export interface SentimentJob {
  kind: 'sentiment';
  model: string;
  /** The batch, one text per entry (a line of the input); blank entries are skipped with a note. */
  texts: string[];
}

/**
 * Python's default `function_to_apply`: sigmoid when the config says
 * `problem_type: multi_label_classification` or the model has one label, softmax otherwise.
 */
export type Activation = 'softmax' | 'sigmoid';

export interface LabelScore {
  label: string;
  score: number;
}

/** One classified text, streamed as soon as its batch has run. */
export interface ClassifiedText {
  kind: 'sentiment';
  /** Its index in the job's `texts` (the line of the input). */
  line: number;
  text: string;
  tokens: string[];
  ids: number[];
  /** Content tokens cut to fit the input limit (the special tokens are kept, as in Python). */
  truncated: number;
  /** In the model's label order (`id2label`). */
  logits: number[];
  /** Every label with its score, best first (ties in label order, as Python's stable sort). */
  labels: LabelScore[];
}

export interface SentimentResult {
  kind: 'sentiment';
  model: string;
  activation: Activation;
  /** Why this activation: the config's `problem_type`, or the label count. */
  activationReason: string;
  /** The model's labels in id order, from `id2label` (else `LABEL_i`, as Python names them). */
  labels: string[];
  items: ClassifiedText[];
  /** Lines that were blank and skipped. */
  skippedLines: number[];
  limit: InputLimit;
  /**
   * How the texts were batched: rows per forward pass at most, the passes run, and the tokens they
   * ran without and with padding.
   */
  batching: { maxRows: number; passes: number; tokens: number; paddedTokens: number };
  loadMs: number;
  classifyMs: number;
}
