import { useCallback, useEffect } from 'react';
import { useAppStore, useAppStoreApi, useJobActions } from '../../app/app-context.tsx';
import type { ModelsDeleteJob, OfflineTask } from '../../shared/model-inventory.ts';

/** The Models view's jobs: the cache listing (refreshed after changes), deletes and prefetches. */
export function useModelsJobs() {
  const actions = useJobActions();
  const store = useAppStoreApi();
  const setJob = useAppStore((s) => s.setModelsJob);
  const ids = useAppStore((s) => s.models);
  const list = useAppStore((s) => (ids.listJobId ? s.worker.jobs[ids.listJobId] : undefined));
  const removal = useAppStore((s) => (ids.deleteJobId ? s.worker.jobs[ids.deleteJobId] : undefined));
  const prefetch = useAppStore((s) => (ids.prefetchJobId ? s.worker.jobs[ids.prefetchJobId] : undefined));

  const refresh = useCallback(() => {
    const previous = store.getState().models.listJobId;
    setJob('listJobId', actions.run({ kind: 'models-list' }, 'hub'));
    if (previous) store.getState().forgetJob(previous);
  }, [actions, setJob, store]);

  const remove = useCallback(
    (target: ModelsDeleteJob['target']) =>
      setJob('deleteJobId', actions.run({ kind: 'models-delete', target }, 'hub')),
    [actions, setJob],
  );

  const makeOffline = useCallback(
    (models: Array<{ model: string; task: OfflineTask }>) =>
      setJob('prefetchJobId', actions.run({ kind: 'prefetch', models }, 'hub')),
    [actions, setJob],
  );

  // List on entry, and again whenever a delete or a prefetch ends.
  const removalDone = removal !== undefined && removal.status !== 'running';
  const prefetchDone = prefetch !== undefined && prefetch.status !== 'running';
  useEffect(() => {
    refresh();
  }, [refresh, removalDone, prefetchDone]);

  return { list, removal, prefetch, refresh, remove, makeOffline, cancel: actions.cancel };
}
