/**
 * One model's page as a `hub-model` job in `slot` (the detail's, or a Compare column's): posted
 * when the model, the host or the device setting changes, once per model whatever remounts; `retry` posts it again.
 */
import { useCallback, useEffect } from 'react';
import { useAppStore, useAppStoreApi, useJobActions } from '../../lib/app-context.tsx';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { useHub } from './hub-store.ts';
import { isPosted, postJob } from './post-job.ts';

export interface HubModelJob {
  /** The slot's job when it is this model's (not the one before it). */
  job: JobOfKind<'hub-model'> | null;
  retry(): void;
}

export function useHubModel(slot: string, model: string | null): HubModelJob {
  const actions = useJobActions();
  const app = useAppStoreApi();
  const host = useAppStore((s) => s.hubUrl);
  // "Runs here?" is answered for the page's device setting: another setting reads the model again.
  const device = useAppStore((s) => s.device);
  const key = model === null ? null : `${host}\n${device}\n${model}`;
  const job = useSlotJob(slot, 'hub-model');
  const posted = useHub((s) => s.posted[slot]);
  const post = useCallback(() => {
    if (key !== null && model !== null) postJob(actions, app, slot, key, { kind: 'hub-model', model });
  }, [actions, app, key, model, slot]);
  useEffect(() => {
    if (key !== null && !isPosted(app, slot, key)) post();
  }, [app, key, post, slot]);
  const mine = job !== null && posted !== undefined && posted.key === key && posted.jobId === job.id;
  return { job: mine ? job : null, retry: post };
}
