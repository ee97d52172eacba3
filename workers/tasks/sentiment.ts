/**
 * Sentiment (text classification) over a batch of lines, as Python's
 * `pipeline("text-classification", top_k=None, truncation=True)`: every label scored with the
 * activation Python picks, streamed pass by pass.
 */
import { activationFor, applyActivation } from '../../src/shared/classification/activation.ts';
import { rankStable } from '../../src/shared/classification/ranking.ts';
import { DEFAULT_SENTIMENT_MODEL } from '../../src/shared/model-catalog.ts';
import type { ClassifiedText } from '../../src/shared/protocol/index.ts';
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

export const sentiment: TaskHandler<'sentiment'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireModelId(job.model, DEFAULT_SENTIMENT_MODEL);
    const { lines, skippedLines } = requireLines(
      job.texts,
      'There is no text to classify. Type or paste some: one text per line.',
    );

    requireSequenceClassifier(job.model, await loadConfig(job.model, ctx), DEFAULT_SENTIMENT_MODEL);
    const { bundle, labels, limit, loadMs } = await loadClassifier(job.model, ctx);
    const { activation, reason } = activationFor(bundle.config, labels.length);

    const t0 = ctx.services.now();
    ctx.emit({ type: 'status', stage: 'tokenizing' });
    const rows = encodeRows(
      bundle,
      limit,
      lines.map((l) => l.text),
      null,
    );
    ctx.emit({ type: 'status', stage: 'classifying' });
    const items: ClassifiedText[] = [];
    const batching = await classifyInBatches(rows, bundle, ctx, (indices, logits) => {
      const fresh = logits.map((row, i): ClassifiedText => {
        checkLogitWidth(job.model, labels, row);
        const at = indices[i] ?? 0;
        const encoded = rows[at];
        const input = lines[at];
        const scores = applyActivation(activation, row);
        return {
          kind: 'sentiment',
          line: input?.line ?? at,
          text: input?.text ?? '',
          tokens: encoded?.tokens ?? [],
          ids: encoded?.input_ids ?? [],
          truncated: encoded?.cut.first.ids.length ?? 0,
          logits: row,
          labels: rankStable(scores).map((k) => ({
            label: labels[k] ?? `LABEL_${k}`,
            score: scores[k] ?? 0,
          })),
        };
      });
      items.push(...fresh);
      ctx.emit({ type: 'items', items: fresh, done: items.length, total: lines.length });
    });
    // Passes take rows shortest first within a window: the result is in line order.
    items.sort((a, b) => a.line - b.line);
    return {
      kind: 'sentiment',
      model: job.model,
      activation,
      activationReason: reason,
      labels,
      items,
      skippedLines,
      limit,
      batching,
      loadMs,
      classifyMs: ctx.services.now() - t0,
    };
  },
};
