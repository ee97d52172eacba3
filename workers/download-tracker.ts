import type { FileProgress } from '../src/shared/protocol/index.ts';
import type { LoadProgress } from './runtime/runtime-types.ts';

/**
 * Folds transformers.js per-file progress events into per-file and total byte counts.
 * Files served from the browser cache report no `progress`, only `done`; they count as complete
 * with unknown size (0 bytes) so the total is about what is actually downloaded.
 */
export class DownloadTracker {
  private readonly files = new Map<string, FileProgress>();

  apply(event: LoadProgress): void {
    if (event.status === 'warning') return; // not about bytes: the task reports it as a notice
    const current = this.files.get(event.file) ?? { file: event.file, loaded: 0, total: 0, done: false };
    switch (event.status) {
      case 'initiate':
      case 'download':
        this.files.set(event.file, current);
        return;
      case 'progress':
        this.files.set(event.file, {
          file: event.file,
          loaded: event.loaded,
          total: Math.max(event.total, event.loaded),
          done: current.done,
        });
        return;
      case 'done':
        this.files.set(event.file, { ...current, loaded: current.total, done: true });
        return;
      default: {
        const unreachable: never = event;
        throw new Error(`Unknown progress event ${JSON.stringify(unreachable)}`);
      }
    }
  }

  snapshot(): { files: FileProgress[]; loaded: number; total: number } {
    const files = [...this.files.values()];
    return {
      files,
      loaded: files.reduce((sum, f) => sum + f.loaded, 0),
      total: files.reduce((sum, f) => sum + f.total, 0),
    };
  }

  get hasBytes(): boolean {
    return [...this.files.values()].some((f) => f.total > 0);
  }
}
