import { useMemo } from 'react';
import type { JobKind } from '../shared/protocol/index.ts';
import { narrowJob, type JobOfKind } from '../store/apply-worker-event.ts';
import { useAppStore } from './app-context.tsx';

/** The latest job a view started in `slot`, narrowed to `kind` (null before the first, or of another kind). */
export function useSlotJob<K extends JobKind>(slot: string, kind: K): JobOfKind<K> | null {
  const job = useAppStore((s) => {
    const id = s.slots[slot];
    return id === undefined ? undefined : s.worker.jobs[id];
  });
  return useMemo(() => narrowJob(job, kind), [job, kind]);
}

/** The latest job in `slot`, whatever its kind (a view that runs several kinds there). */
export function useSlotJobState(slot: string) {
  return useAppStore((s) => {
    const id = s.slots[slot];
    return id === undefined ? null : (s.worker.jobs[id] ?? null);
  });
}
