import type { StateCreator } from 'zustand';
import type { FromWorker, JobKind } from '../shared/protocol/index.ts';
import { applyWorkerEvents, initialWorkerState, newJob, type WorkerState } from './apply-worker-event.ts';

/**
 * Every job's state, generic by kind, and each view's latest job per slot (`summarize`,
 * `translation/a`, …): a view's new job replaces the old one there, and the replaced job is
 * forgotten (results can be large: tokens, beam steps).
 */
export interface JobsSlice {
  worker: WorkerState;
  /** Slot → the latest job started in it. */
  slots: Record<string, string>;
  /** Tracks a new job; with a slot, the job that slot held before is forgotten. */
  startJob(id: string, kind: JobKind, slot?: string): void;
  applyEvents(events: readonly FromWorker[]): void;
  /** Drops a job's state; its late events are then ignored. */
  forgetJob(id: string): void;
}

function without(jobs: WorkerState['jobs'], id: string | undefined): WorkerState['jobs'] {
  if (id === undefined || !(id in jobs)) return jobs;
  const { [id]: _forgotten, ...rest } = jobs;
  return rest;
}

export const createJobsSlice: StateCreator<JobsSlice> = (set) => ({
  worker: initialWorkerState,
  slots: {},
  startJob: (id, kind, slot) =>
    set((s) => {
      const replaced = slot === undefined ? undefined : s.slots[slot];
      const jobs = {
        ...without(s.worker.jobs, replaced === id ? undefined : replaced),
        [id]: newJob(id, kind),
      };
      return {
        worker: { ...s.worker, jobs },
        ...(slot === undefined ? {} : { slots: { ...s.slots, [slot]: id } }),
      };
    }),
  forgetJob: (id) =>
    set((s) => (id in s.worker.jobs ? { worker: { ...s.worker, jobs: without(s.worker.jobs, id) } } : s)),
  applyEvents: (events) =>
    set((s) => {
      const worker = applyWorkerEvents(s.worker, events);
      return worker === s.worker ? s : { worker };
    }),
});
