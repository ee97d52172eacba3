import type { FilesOrigin } from '../../src/shared/protocol/index.ts';
import { DownloadTracker } from '../download-tracker.ts';
import type { JobContext } from '../message-host.ts';
import type { LoadProgress } from '../runtime/runtime-types.ts';

const PROGRESS_INTERVAL_MS = 100;

/**
 * Turns a load's progress callbacks into job events: per-file and total bytes (byte progress
 * throttled, file starts and ends always sent) and warnings as notices. `origin` says whether
 * the files are downloaded or come with the app, so the UI words the bar accordingly.
 */
export function createProgressReporter(
  ctx: Pick<JobContext, 'emit'>,
  now: () => number,
  origin: FilesOrigin,
) {
  const tracker = new DownloadTracker();
  let lastSent = 0;
  const send = () => ctx.emit({ type: 'progress', ...tracker.snapshot(), origin });
  return {
    onProgress(p: LoadProgress): void {
      if (p.status === 'warning') {
        ctx.emit({ type: 'notice', message: p.message });
        return;
      }
      tracker.apply(p);
      const time = now();
      if (p.status !== 'progress' || time - lastSent >= PROGRESS_INTERVAL_MS) {
        lastSent = time;
        send();
      }
    },
    /** Sends the final state, so the last throttled bytes are not lost. */
    flush(): void {
      if (tracker.snapshot().files.length > 0) send();
    },
  };
}
