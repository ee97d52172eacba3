import { bundledTokenizer } from '../../src/shared/tokenization/bundled.ts';
import type { RawTokenizer } from '../../src/shared/tokenization/types.ts';
import { createProgressReporter } from './progress-reporter.ts';
import type { JobContext, RunMessage } from '../message-host.ts';
import { ModelCache } from '../model-cache.ts';
import type { InferenceRuntime } from '../runtime-types.ts';

/**
 * Loads tokenizers for jobs, with progress. Tokenizers are small: each one stays loaded (the lab
 * compares several), keyed by source and id; a failed load is forgotten so the next job retries.
 */
export function createTokenizerLoader(runtime: InferenceRuntime) {
  const tokenizers = new ModelCache<{ raw: RawTokenizer; dispose(): Promise<void> }>();
  return (model: string, message: RunMessage, ctx: JobContext): Promise<RawTokenizer> => {
    const key = `${message.source.kind}:${message.source.location}|${model}`;
    const load = async () => {
      ctx.emit({ type: 'status', stage: 'loading' });
      // A bundled tokenizer is read from the app's own folder (the runtime decides the same way).
      const origin = bundledTokenizer(model) === null ? 'download' : 'bundled';
      const progress = createProgressReporter(ctx, () => performance.now(), origin);
      const raw = await runtime.loadTokenizer({ model, source: message.source }, progress.onProgress);
      progress.flush();
      return { raw, dispose: async () => undefined };
    };
    return tokenizers.get(key, key, load).then((entry) => entry.raw);
  };
}
