/**
 * Loads a sequence classifier for a classification task, after checking from `config.json` alone
 * (small, and cached) that it is one: a seq2seq or causal model is refused before its weights
 * are downloaded.
 */
import { labelNames, declaredLabelCount } from '../../src/shared/classification/activation.ts';
import { inputLimit, type InputLimit } from '../../src/shared/input-limit.ts';
import { encodeBatch } from '../../src/shared/tokenization/encode-batch.ts';
import type { EncodedRow } from '../../src/shared/tokenization/types.ts';
import { JobFailure } from '../error-classifier.ts';
import type { ClassifierBundle, ModelConfig } from '../runtime/runtime-types.ts';
import type { TaskContext } from './task-context.ts';

export interface LoadedClassifier {
  bundle: ClassifierBundle;
  /** The model's labels in id order. */
  labels: string[];
  limit: InputLimit;
  loadMs: number;
}

/** The classifier's architecture, or a specific refusal for a model that has no classification head. */
export function requireSequenceClassifier(model: string, config: ModelConfig, example: string): void {
  const architectures = Array.isArray(config['architectures']) ? config['architectures'] : [];
  const names = architectures.filter((a): a is string => typeof a === 'string');
  if (names.length === 0 || names.some((a) => a.endsWith('ForSequenceClassification'))) return;
  throw new JobFailure({
    code: 'unsupported-model',
    message: `"${model}" is a ${names.join(', ')}, not a sequence classifier: this task needs a model with a classification head (…ForSequenceClassification), for example "${example}".`,
    retryable: false,
  });
}

export async function loadConfig(model: string, ctx: TaskContext): Promise<ModelConfig> {
  const config = await ctx.services.models.load('config', model, ctx);
  ctx.throwIfCancelled();
  return config;
}

export async function loadClassifier(model: string, ctx: TaskContext): Promise<LoadedClassifier> {
  const t0 = ctx.services.now();
  const bundle = await ctx.services.models.load('classifier', model, ctx);
  ctx.throwIfCancelled();
  const count = declaredLabelCount(bundle.config) ?? 2;
  return {
    bundle,
    labels: labelNames(bundle.config, count),
    limit: inputLimit(bundle.tokenizer.modelMaxLength, bundle.config),
    loadMs: ctx.services.now() - t0,
  };
}

/**
 * Encodes texts (and pairs) as Python does for a classifier: special tokens added, truncated to
 * the model's input limit keeping the specials, `only_first` for pairs (the zero-shot pipeline's).
 */
export function encodeRows(
  bundle: ClassifierBundle,
  limit: InputLimit,
  texts: readonly string[],
  pairs: readonly string[] | null,
): EncodedRow[] {
  const outcome = encodeBatch(
    bundle.tokenizer,
    texts,
    pairs,
    {
      add_special_tokens: true,
      padding: false,
      truncation: true,
      max_length: limit.tokens,
      padding_side: null,
      pad_token: null,
      truncation_strategy: 'only_first',
    },
    { spans: false },
  );
  if (!outcome.ok)
    throw new JobFailure({ code: 'invalid-settings', message: outcome.error.message, retryable: false });
  return outcome.batch.rows;
}

/** The logits' width must be the label count the config declares: else the labels would be wrong. */
export function checkLogitWidth(model: string, labels: readonly string[], logits: readonly number[]): void {
  if (logits.length === labels.length) return;
  throw new JobFailure({
    code: 'unsupported-model',
    message: `"${model}" returns ${logits.length} logits per text but its config names ${labels.length} labels (id2label): its outputs cannot be labelled.`,
    retryable: false,
  });
}
