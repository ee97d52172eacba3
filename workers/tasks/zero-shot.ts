/**
 * Zero-shot classification with an NLI model, as Python's `pipeline("zero-shot-classification")`:
 * each (text, candidate label) pair is a (premise, hypothesis) pair, truncated `only_first`, and
 * the labels are scored from the entailment logits. The pairs of every text run in padded
 * batches; transformers.js runs them one at a time.
 */
import { parseCandidateLabels } from '../../src/shared/classification/candidate-labels.ts';
import { fillTemplate } from '../../src/shared/classification/hypothesis-template.ts';
import { nliIds } from '../../src/shared/classification/nli-labels.ts';
import {
  rankZeroShot,
  scoringFor,
  zeroShotScores,
} from '../../src/shared/classification/zero-shot-scores.ts';
import { declaredLabelCount } from '../../src/shared/classification/activation.ts';
import { DEFAULT_ZERO_SHOT_MODEL } from '../../src/shared/model-catalog.ts';
import type { ZeroShotItem, ZeroShotPair } from '../../src/shared/protocol/index.ts';
import { JobFailure } from '../error-classifier.ts';
import { classifyInBatches } from './classify-batches.ts';
import {
  checkLogitWidth,
  encodeRows,
  loadClassifier,
  loadConfig,
  requireSequenceClassifier,
} from './classifier-model.ts';
import { requireLines, requireModelId } from './job-input.ts';
import type { TaskHandler } from './task-context.ts';

function invalid(message: string): JobFailure {
  return new JobFailure({ code: 'invalid-settings', message, retryable: false });
}

/** The hypotheses for every label, or the template's problem. */
function hypothesesFor(template: string, labels: readonly string[]): string[] {
  return labels.map((label) => {
    const filled = fillTemplate(template, label);
    if (!filled.ok) throw invalid(filled.message);
    return filled.hypothesis;
  });
}

export const zeroShot: TaskHandler<'zero-shot'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireModelId(job.model, DEFAULT_ZERO_SHOT_MODEL);
    const { lines: texts, skippedLines } = requireLines(
      job.texts,
      'There is no text to classify. Type or paste a text (or one per line).',
    );
    const { labels, duplicates } = parseCandidateLabels(job.labels);
    if (labels.length === 0)
      throw new JobFailure({
        code: 'empty-input',
        message: 'There are no candidate labels. Add at least one, e.g. "sports, politics, cooking".',
        retryable: false,
      });
    const hypotheses = hypothesesFor(job.template, labels);
    const notes = duplicates.map((d) => `The label "${d}" was given more than once; it is scored once.`);

    const config = await loadConfig(job.model, ctx);
    requireSequenceClassifier(job.model, config, DEFAULT_ZERO_SHOT_MODEL);
    const nliCount = declaredLabelCount(config) ?? 0;
    const ids = nliIds(config, nliCount);
    if (ids === null)
      throw new JobFailure({
        code: 'unsupported-model',
        message: `"${job.model}" has no entailment label (its label2id is ${JSON.stringify(config['label2id'] ?? null)}): zero-shot classification needs an NLI model with a label that starts with "entail", for example "${DEFAULT_ZERO_SHOT_MODEL}".`,
        retryable: false,
      });
    const { bundle, labels: nliLabels, limit, loadMs } = await loadClassifier(job.model, ctx);
    const scoring = scoringFor(job.multiLabel, labels.length);

    const t0 = ctx.services.now();
    ctx.emit({ type: 'status', stage: 'tokenizing' });
    // One call for every pair, text-major: each premise and hypothesis is encoded once.
    const rows = encodeRows(
      bundle,
      limit,
      texts.flatMap((t) => labels.map(() => t.text)),
      texts.flatMap(() => hypotheses),
    );
    ctx.emit({ type: 'status', stage: 'classifying' });
    const pairLogits: Array<number[] | undefined> = new Array<number[] | undefined>(rows.length);
    const items: ZeroShotItem[] = [];
    const complete = (t: number) => labels.every((_, k) => pairLogits[t * labels.length + k] !== undefined);
    const batching = await classifyInBatches(rows, bundle, ctx, (indices, logits) => {
      logits.forEach((row, i) => {
        checkLogitWidth(job.model, nliLabels, row);
        pairLogits[indices[i] ?? 0] = row;
      });
      // The texts, in order, whose pairs have all run are scored and streamed.
      const fresh: ZeroShotItem[] = [];
      while (items.length + fresh.length < texts.length && complete(items.length + fresh.length)) {
        const t = items.length + fresh.length;
        const text = texts[t];
        const base = t * labels.length;
        const logitsOf = labels.map((_, k) => pairLogits[base + k] ?? []);
        const pairs = labels.map((label, k): ZeroShotPair => {
          const row = rows[base + k];
          return {
            label,
            hypothesis: hypotheses[k] ?? '',
            logits: logitsOf[k] ?? [],
            tokens: row?.tokens ?? [],
            typeIds: row?.token_type_ids ?? null,
            truncated: row?.cut.first.ids.length ?? 0,
          };
        });
        const ranked = rankZeroShot(labels, zeroShotScores(logitsOf, ids, scoring));
        fresh.push({
          kind: 'zero-shot',
          line: text?.line ?? t,
          sequence: text?.text ?? '',
          ...ranked,
          pairs,
        });
      }
      items.push(...fresh);
      if (fresh.length > 0)
        ctx.emit({ type: 'items', items: fresh, done: items.length, total: texts.length });
    });
    return {
      kind: 'zero-shot',
      model: job.model,
      multiLabel: job.multiLabel,
      scoring,
      candidateLabels: labels,
      template: job.template,
      nliLabels,
      entailmentId: ids.entailmentId,
      contradictionId: ids.contradictionId,
      items,
      skippedLines,
      notes,
      limit,
      batching: { ...batching, pairs: rows.length },
      loadMs,
      classifyMs: ctx.services.now() - t0,
    };
  },
};
