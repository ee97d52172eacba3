import type { InputLimit } from '../../input-limit.ts';

/**
 * Zero-shot classification with an NLI model, as Python's
 * `pipeline("zero-shot-classification")` does it: each (text, label) pair becomes a
 * (premise, hypothesis) pair, and the labels are scored from the NLI logits. Our worker runs the
 * pairs in padded batches; transformers.js runs them one at a time.
 */
export interface ZeroShotJob {
  kind: 'zero-shot';
  model: string;
  /** One text, or a batch (one per line); blank entries are skipped with a note. */
  texts: string[];
  /** The candidate labels: a list, or one comma-separated string (split and stripped, as Python). */
  labels: string[] | string;
  /** Python's `hypothesis_template`, filled with `str.format(label)`. */
  template: string;
  multiLabel: boolean;
}

/** One (premise, hypothesis) pair as it was run. */
export interface ZeroShotPair {
  label: string;
  hypothesis: string;
  /** The NLI logits, in the model's label order (`id2label`). */
  logits: number[];
  tokens: string[];
  /** 0 for the premise and its specials, 1 for the hypothesis (where the tokenizer returns them). */
  typeIds: number[] | null;
  /** Premise tokens cut to fit the input limit (`only_first`: the hypothesis is kept whole). */
  truncated: number;
}

/** One text's scores, streamed as soon as its pairs have run. */
export interface ZeroShotItem {
  kind: 'zero-shot';
  line: number;
  sequence: string;
  /** Best first, as Python's pipeline returns them. */
  labels: string[];
  scores: number[];
  /** In the order of the candidate labels. */
  pairs: ZeroShotPair[];
}

/**
 * `across-labels`: a softmax over the labels' entailment logits (the scores sum to 1);
 * `per-label`: for each label a softmax over its [contradiction, entailment] logits.
 */
export type ZeroShotScoring = 'across-labels' | 'per-label';

export interface ZeroShotResult {
  kind: 'zero-shot';
  model: string;
  multiLabel: boolean;
  scoring: ZeroShotScoring;
  /** The candidate labels after parsing (split, stripped, duplicates merged), in order. */
  candidateLabels: string[];
  template: string;
  /** The model's NLI labels in id order, and the ids the scores read. */
  nliLabels: string[];
  entailmentId: number;
  /** Python's: 0, or the last index when entailment is 0 (never read from label2id). */
  contradictionId: number;
  items: ZeroShotItem[];
  skippedLines: number[];
  /** Things the person should know about their input (duplicates merged, …). */
  notes: string[];
  limit: InputLimit;
  batching: { maxRows: number; passes: number; pairs: number; tokens: number; paddedTokens: number };
  loadMs: number;
  classifyMs: number;
}
