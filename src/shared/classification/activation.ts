/**
 * How a classifier's logits become scores, as Python's `TextClassificationPipeline` decides when
 * no `function_to_apply` is given: sigmoid for `problem_type: multi_label_classification` or a
 * single label, softmax otherwise. (transformers.js 4.3 never sigmoids a one-label model: its
 * softmax over one logit always says 1.0.)
 */
import type { Activation } from '../protocol/index.ts';

export function softmax(logits: readonly number[]): number[] {
  // Shifted by the maximum, as numpy code in the pipelines does, so large logits cannot overflow.
  const max = Math.max(...logits);
  const exps = logits.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function activationFor(
  config: Record<string, unknown>,
  numLabels: number,
): {
  activation: Activation;
  reason: string;
} {
  const problem = config['problem_type'];
  if (problem === 'multi_label_classification')
    return {
      activation: 'sigmoid',
      reason: 'config.problem_type is "multi_label_classification": each label is scored on its own.',
    };
  if (numLabels === 1)
    return {
      activation: 'sigmoid',
      reason: 'The model has a single label, so Python applies a sigmoid to its one logit.',
    };
  return {
    activation: 'softmax',
    reason:
      problem === 'single_label_classification'
        ? 'config.problem_type is "single_label_classification": the labels compete and their scores sum to 1.'
        : `The model has ${numLabels} labels and no multi-label problem_type: the labels compete and their scores sum to 1.`,
  };
}

export function applyActivation(activation: Activation, logits: readonly number[]): number[] {
  return activation === 'softmax' ? softmax(logits) : logits.map(sigmoid);
}

/** The label of each output, as Python names them: `id2label[i]`, else `LABEL_i`. */
export function labelNames(config: Record<string, unknown>, numLabels: number): string[] {
  const id2label = config['id2label'];
  const table =
    typeof id2label === 'object' && id2label !== null ? (id2label as Record<string, unknown>) : {};
  return Array.from({ length: numLabels }, (_, i) => {
    const name = table[String(i)];
    return typeof name === 'string' ? name : `LABEL_${i}`;
  });
}

/** How many labels the config declares: `id2label`'s size, else `num_labels`; null when it says neither. */
export function declaredLabelCount(config: Record<string, unknown>): number | null {
  const id2label = config['id2label'];
  if (typeof id2label === 'object' && id2label !== null) {
    const n = Object.keys(id2label).length;
    if (n > 0) return n;
  }
  const n = config['num_labels'];
  return typeof n === 'number' && n > 0 ? n : null;
}
