import type { ExtractJob, ExtractResult } from '../../src/shared/protocol.ts';
import { summarizeExtractive } from '../../src/shared/extractive/summarize.ts';
import { JobFailure } from '../error-classifier.ts';
import type { JobContext } from '../message-host.ts';

/** Extractive summary (Lead-N or TextRank): no model, no download, works offline. */
export async function runExtract(
  job: ExtractJob,
  ctx: JobContext,
  now: () => number,
): Promise<ExtractResult> {
  if (job.text.trim() === '') {
    throw new JobFailure({
      code: 'empty-input',
      message: 'There is no text to summarize. Paste an article first.',
      retryable: false,
    });
  }
  ctx.emit({ type: 'status', stage: 'extracting' });
  const t0 = now();
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
    ms: now() - t0,
  };
}
