import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';
import type { FromWorker, JobSpec } from '../shared/protocol.ts';
import { applyWorkerEvents, initialWorkerState, newJob, type WorkerState } from './apply-worker-event.ts';

export interface WorkerSlice {
  worker: WorkerState;
  startJob(id: string, kind: JobSpec['kind']): void;
  applyEvents(events: readonly FromWorker[]): void;
  /** Drops a job's state (results can be large); its late events are then ignored. */
  forgetJob(id: string): void;
}

export const createWorkerSlice: StateCreator<AppState, [], [], WorkerSlice> = (set) => ({
  worker: initialWorkerState,
  startJob: (id, kind) =>
    set((s) => ({ worker: { ...s.worker, jobs: { ...s.worker.jobs, [id]: newJob(id, kind) } } })),
  forgetJob: (id) =>
    set((s) => {
      if (!(id in s.worker.jobs)) return s;
      const { [id]: _forgotten, ...jobs } = s.worker.jobs;
      return { worker: { ...s.worker, jobs } };
    }),
  applyEvents: (events) =>
    set((s) => {
      const worker = applyWorkerEvents(s.worker, events);
      return worker === s.worker ? s : { worker };
    }),
});
