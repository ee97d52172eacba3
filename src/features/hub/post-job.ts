/**
 * Posting the view's jobs: one per slot and request. A request already posted in its slot (the
 * view remounted, or StrictMode ran an effect twice) is not posted again; a new one cancels the
 * job it replaces while that one still runs, so a fast typist leaves no searches behind.
 */
import type { JobActions } from '../../lib/job-actions.ts';
import type { JobSpec } from '../../shared/protocol/index.ts';
import type { AppStore } from '../../store/store.ts';
import { hubState } from './hub-store.ts';

/** True when the slot's latest job is the one posted for `key`. */
export function isPosted(app: AppStore, slot: string, key: string): boolean {
  const posted = hubState().posted[slot];
  return posted !== undefined && posted.key === key && app.getState().slots[slot] === posted.jobId;
}

export function postJob(
  actions: JobActions,
  app: AppStore,
  slot: string,
  key: string,
  job: JobSpec,
  count = 0,
): string {
  const previous = app.getState().slots[slot];
  if (previous !== undefined && app.getState().worker.jobs[previous]?.status === 'running') {
    actions.cancel(previous);
  }
  const jobId = actions.run(job, 'hub', slot);
  hubState().setPosted(slot, { key, jobId, count });
  return jobId;
}
