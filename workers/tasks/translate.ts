/** Translation with a seq2seq model: a pair model, an instruction model or a multilingual one. */
import { DEFAULT_TRANSLATION_MODEL } from '../../src/shared/model-catalog.ts';
import { requireModelId, requireText } from './job-input.ts';
import { resolveSeq2SeqParams, runSeq2Seq } from './seq2seq-pipeline.ts';
import type { TaskHandler } from './task-context.ts';
import { planTranslation } from './translation-plan.ts';

export const translate: TaskHandler<'translate'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireText(job.text, 'There is no text to translate. Type or paste some first.');
    requireModelId(job.model, DEFAULT_TRANSLATION_MODEL);

    const t0 = ctx.services.now();
    const bundle = await ctx.services.models.load('seq2seq', job.model, ctx);
    ctx.throwIfCancelled();
    const loadMs = ctx.services.now() - t0;
    const plan = planTranslation(job, bundle);
    if (plan.notice) ctx.emit({ type: 'notice', message: plan.notice });
    const forced = plan.forcedBos === undefined ? {} : { forced_bos_token_id: plan.forcedBos };
    const params = resolveSeq2SeqParams(bundle, plan.task, job.generation, forced);
    const run = { bundle, params, prefix: plan.prefix, ...(plan.frame ? { frame: plan.frame } : {}) };
    const output = await runSeq2Seq(job.text, run, ctx, {
      chunking: job.chunking === 'auto',
      combine: false,
      loadMs,
    });
    return { kind: 'translate', ...output, taskParams: plan.taskParams, languages: plan.languages };
  },
};
