import { useAppStore } from '../../app/app-context.tsx';
import type { JobState } from '../../store/apply-worker-event.ts';

/** The Summarize view's current job, if any. */
export function useSummarizeJob(): JobState | null {
  return useAppStore((s) => (s.summarize.jobId ? (s.worker.jobs[s.summarize.jobId] ?? null) : null));
}
