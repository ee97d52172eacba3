import type { RuntimeChoice } from '../../src/shared/runtime-policy.ts';
import type { JobContext, RunMessage } from '../message-host.ts';
import type { Seq2SeqBundle } from '../runtime-types.ts';
import { createProgressReporter } from './progress-reporter.ts';
import type { TaskDeps } from './summarize.ts';

/** Loads (or reuses) a seq2seq model, streaming per-file and total download progress. */
export async function loadWithProgress(
  model: string,
  message: RunMessage,
  ctx: JobContext,
  deps: TaskDeps,
  choice: RuntimeChoice,
): Promise<Seq2SeqBundle> {
  const progress = createProgressReporter(ctx, deps.now, 'download');
  if (choice.device === 'webgpu' && message.options?.faults?.includes('webgpu-session')) {
    throw new Error('Injected WebGPU session failure (faults=webgpu-session).');
  }
  const request = { model, source: message.source, device: choice.device, dtype: choice.dtype };
  const key = `${message.source.kind}:${message.source.location}|${model}|${choice.device}|${choice.dtype}`;
  const bundle = await deps.seq2seq.get('seq2seq', key, () =>
    deps.runtime.loadSeq2Seq(request, progress.onProgress),
  );
  progress.flush();
  return bundle;
}
