/** Summarize with a seq2seq model: the model's own prefix (T5's "summarize: ") or the person's. */
import { DEFAULT_SUMMARIZATION_MODEL } from '../../src/shared/model-catalog.ts';
import { taskPrefix } from '../generation/params.ts';
import { requireModelId, requireText } from './job-input.ts';
import { resolveSeq2SeqParams, runSeq2Seq } from './seq2seq-pipeline.ts';
import type { TaskHandler } from './task-context.ts';

export const summarize: TaskHandler<'summarize'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireText(job.text, 'There is no text to summarize. Paste an article first.');
    requireModelId(job.model, DEFAULT_SUMMARIZATION_MODEL);

    const t0 = ctx.services.now();
    const bundle = await ctx.services.models.load('seq2seq', job.model, ctx);
    ctx.throwIfCancelled();
    const loadMs = ctx.services.now() - t0;
    const params = resolveSeq2SeqParams(bundle, 'summarization', job.generation);
    const prefix = job.prefix ?? taskPrefix(bundle.config, 'summarization');
    const output = await runSeq2Seq(job.text, { bundle, params, prefix }, ctx, {
      chunking: job.chunking === 'auto',
      combine: true,
      loadMs,
    });
    return { kind: 'summarize', ...output };
  },
};
