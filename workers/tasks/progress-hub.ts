/**
 * One load's progress, for every job that waits on it. Two jobs that ask for the same model share
 * one load (the cache keeps the promise); a job that joins late first gets where each file is so
 * far, then the same events as the first.
 */
import type { LoadProgress, OnLoadProgress } from '../runtime/runtime-types.ts';

interface FileState {
  started: LoadProgress | null;
  latest: LoadProgress | null;
  done: LoadProgress | null;
}

export class ProgressHub {
  private readonly files = new Map<string, FileState>();
  private readonly warnings: LoadProgress[] = [];
  private readonly subscribers = new Set<OnLoadProgress>();

  readonly emit: OnLoadProgress = (p) => {
    this.remember(p);
    for (const subscriber of this.subscribers) subscriber(p);
  };

  /** Replays the state so far to `subscriber`, then forwards every event; returns the unsubscribe. */
  subscribe(subscriber: OnLoadProgress): () => void {
    for (const warning of this.warnings) subscriber(warning);
    for (const state of this.files.values())
      for (const p of [state.started, state.latest, state.done]) if (p) subscriber(p);
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  private remember(p: LoadProgress): void {
    if (p.status === 'warning') {
      this.warnings.push(p);
      return;
    }
    const state = this.files.get(p.file) ?? { started: null, latest: null, done: null };
    if (p.status === 'done') state.done = p;
    else if (p.status === 'progress') state.latest = p;
    else state.started ??= p;
    this.files.set(p.file, state);
  }
}
