import { summarizeExtractive } from '../../src/shared/extractive/summarize.ts';
import { requireText } from './job-input.ts';
import type { TaskHandler } from './task-context.ts';

/** Extractive summary (Lead-N or TextRank): no model, no download, works offline. */
export const extract: TaskHandler<'extract'> = {
  subject: (job) => `${job.method} extractive summary`,
  async run(job, ctx) {
    requireText(job.text, 'There is no text to summarize. Paste an article first.');
    ctx.emit({ type: 'status', stage: 'extracting' });
    const t0 = ctx.services.now();
    const summary = summarizeExtractive(job.text, { method: job.method, count: job.count });
    const chosen = new Set(summary.selected.map((s) => s.index));
    return {
      kind: 'extract',
      method: job.method,
      sentences: summary.sentences.map((s) => ({
        text: s.text,
        start: s.start,
        end: s.end,
        score: s.score,
        rank: s.rank,
        chosen: chosen.has(s.index),
      })),
      text: summary.selected.map((s) => s.text).join(' '),
      ms: ctx.services.now() - t0,
    };
  },
};
