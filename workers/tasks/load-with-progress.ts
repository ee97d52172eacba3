import type { RuntimeChoice } from '../../src/shared/runtime-policy.ts';
import { DownloadTracker } from '../download-tracker.ts';
import type { JobContext, RunMessage } from '../message-host.ts';
import type { Seq2SeqBundle } from '../runtime-types.ts';
import type { TaskDeps } from './summarize.ts';

const PROGRESS_INTERVAL_MS = 100;

/** Loads (or reuses) a seq2seq model, streaming per-file and total download progress. */
export async function loadWithProgress(
  model: string,
  message: RunMessage,
  ctx: JobContext,
  deps: TaskDeps,
  choice: RuntimeChoice,
): Promise<Seq2SeqBundle> {
  const tracker = new DownloadTracker();
  let lastSent = 0;
  const send = () => ctx.emit({ type: 'progress', ...tracker.snapshot() });
  if (choice.device === 'webgpu' && message.options?.faults?.includes('webgpu-session')) {
    throw new Error('Injected WebGPU session failure (faults=webgpu-session).');
  }
  const request = { model, source: message.source, device: choice.device, dtype: choice.dtype };
  const key = `${message.source.kind}:${message.source.location}|${model}|${choice.device}|${choice.dtype}`;
  const bundle = await deps.seq2seq.get('seq2seq', key, () =>
    deps.runtime.loadSeq2Seq(request, (p) => {
      if (p.status === 'warning') {
        ctx.emit({ type: 'notice', message: p.message });
        return;
      }
      tracker.apply(p);
      const now = deps.now();
      // Byte progress is throttled; file starts and ends are always sent.
      if (p.status !== 'progress' || now - lastSent >= PROGRESS_INTERVAL_MS) {
        lastSent = now;
        send();
      }
    }),
  );
  if (tracker.snapshot().files.length > 0) send();
  return bundle;
}
