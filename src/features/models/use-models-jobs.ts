import { useCallback, useEffect } from 'react';
import { useJobActions } from '../../lib/app-context.tsx';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import type { ModelsDeleteJob, PrefetchJob } from '../../shared/protocol/index.ts';

const SLOTS = { list: 'models/list', delete: 'models/delete', prefetch: 'models/prefetch' } as const;

/** The Models view's jobs: the cache listing (refreshed after changes), deletes and prefetches. */
export function useModelsJobs() {
  const actions = useJobActions();
  const list = useSlotJob(SLOTS.list, 'models-list');
  const removal = useSlotJob(SLOTS.delete, 'models-delete');
  const prefetch = useSlotJob(SLOTS.prefetch, 'prefetch');

  const refresh = useCallback(() => actions.run({ kind: 'models-list' }, 'hub', SLOTS.list), [actions]);

  const remove = useCallback(
    (target: ModelsDeleteJob['target']) =>
      actions.run({ kind: 'models-delete', target }, 'hub', SLOTS.delete),
    [actions],
  );

  const makeOffline = useCallback(
    (models: PrefetchJob['models']) => actions.run({ kind: 'prefetch', models }, 'hub', SLOTS.prefetch),
    [actions],
  );

  // List on entry, and again whenever a delete or a prefetch ends.
  const removalDone = removal !== null && removal.status !== 'running';
  const prefetchDone = prefetch !== null && prefetch.status !== 'running';
  useEffect(() => {
    refresh();
  }, [refresh, removalDone, prefetchDone]);

  return { list, removal, prefetch, refresh, remove, makeOffline, cancel: actions.cancel };
}
