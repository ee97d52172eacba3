/** A model's facts for a view to offer the right choices before running it (e.g. its languages). */
import { languageCodes } from '../../src/shared/translation/languages.ts';
import { requireModelId } from './job-input.ts';
import type { TaskHandler } from './task-context.ts';

export const modelFacts: TaskHandler<'model-facts'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireModelId(job.model, 'Xenova/t5-small');
    const config = await ctx.services.models.load('config', job.model, ctx);
    const raw = await ctx.services.models.load('tokenizer', job.model, ctx);
    const specials = [...raw.specialIds].sort((a, b) => a - b).flatMap((id) => raw.idToToken(id) ?? []);
    const params = config['task_specific_params'];
    const entries = typeof params === 'object' && params !== null ? Object.entries(params) : [];
    return {
      kind: 'model-facts',
      model: job.model,
      modelType: typeof config['model_type'] === 'string' ? config['model_type'] : null,
      isEncoderDecoder: config['is_encoder_decoder'] === true,
      taskParams: entries.map(([key, value]: [string, unknown]) => {
        const prefix: unknown =
          typeof value === 'object' && value !== null ? Reflect.get(value, 'prefix') : null;
        return { key, prefix: typeof prefix === 'string' ? prefix : null };
      }),
      languageCodes: languageCodes(specials),
      modelMaxLength: raw.modelMaxLength,
    };
  },
};
