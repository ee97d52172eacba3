/**
 * The search: the inputs (the text after a pause in typing) become a `hub-search` job in slot
 * `hub/search` whenever they change; scrolling to the end asks for 50 rows more of the same
 * listing. Successful results are kept for this session and in local storage (search-cache.ts),
 * which is what an unreachable host falls back to.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi, useJobActions } from '../../lib/app-context.tsx';
import { safeStorage } from '../../lib/remembered-models.ts';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import type { HubQuery, HubSearchResult } from '../../shared/protocol/index.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { PAGE_ROWS, SEARCH_SLOT } from './hub-inputs.ts';
import { queryKey, sameQuery, toHubQuery } from './hub-query.ts';
import { hubState, useHub } from './hub-store.ts';
import { isPosted, postJob } from './post-job.ts';
import { findCachedSearch, writeCachedSearch, type CacheHit } from './search-cache.ts';
import { useDebouncedValue } from './use-debounced-value.ts';

export const TYPING_PAUSE_MS = 300;
/** The most rows the worker reads of one listing; past it, the view says to narrow the search. */
export const MAX_SEARCH_ROWS = 5_000;

export interface HubSearch {
  query: HubQuery;
  job: JobOfKind<'hub-search'> | null;
  /** The rows of this query: the job's, or the last good ones while more load or after a cancel. */
  result: HubSearchResult | null;
  /** After a failed search with no rows of its own: the stored rows to show instead. */
  cached: CacheHit | null;
  /** Typed text that has not been searched yet. */
  typing: boolean;
  canLoadMore: boolean;
  loadMore(): void;
  retry(): void;
  cancel(): void;
}

const isResultFor = (r: HubSearchResult | null | undefined, host: string, q: HubQuery) =>
  r != null && r.host === host && sameQuery(r.query, q);

export function useHubSearch(): HubSearch {
  const actions = useJobActions();
  const app = useAppStoreApi();
  const host = useAppStore((s) => s.hubUrl);
  const filters = useHub(
    useShallow((s) => ({ task: s.task, browser: s.browser, license: s.license, lang: s.lang, sort: s.sort })),
  );
  const typed = useHub((s) => s.q);
  const search = useDebouncedValue(typed, TYPING_PAUSE_MS);
  const query = useMemo(() => toHubQuery(filters, search), [filters, search]);
  const key = `${host}\n${queryKey(query)}`;
  const job = useSlotJob(SEARCH_SLOT, 'hub-search');
  const lastGood = useHub((s) => s.lastGood);
  const count = useHub((s) => s.posted[SEARCH_SLOT]?.count ?? PAGE_ROWS);

  const post = useCallback(
    (count: number) => postJob(actions, app, SEARCH_SLOT, key, { kind: 'hub-search', query, count }, count),
    [actions, app, key, query],
  );
  useEffect(() => {
    if (!isPosted(app, SEARCH_SLOT, key)) post(PAGE_ROWS);
  }, [app, key, post]);

  const done = job?.status === 'done' ? job.result : null;
  useEffect(() => {
    if (!done) return;
    hubState().setLastGood(done);
    writeCachedSearch(safeStorage(), done);
  }, [done]);

  const own = isResultFor(job?.result, host, query) ? job?.result : null;
  const result = own ?? (isResultFor(lastGood, host, query) ? lastGood : null);
  const failed = job?.status === 'error' && result === null;
  const cached = useMemo(
    () => (failed ? findCachedSearch(safeStorage(), host, query) : null),
    [failed, host, query],
  );
  const canLoadMore = job?.status === 'done' && result !== null && result.more && count < MAX_SEARCH_ROWS;
  const loadMore = useCallback(() => {
    if (canLoadMore) post(Math.min(MAX_SEARCH_ROWS, count + PAGE_ROWS));
  }, [canLoadMore, count, post]);
  const retry = useCallback(() => post(count), [count, post]);
  const cancel = useCallback(() => {
    if (job?.status === 'running') actions.cancel(job.id);
  }, [actions, job]);
  return {
    query,
    job,
    result,
    cached,
    typing: typed.trim() !== search.trim(),
    canLoadMore,
    loadMore,
    retry,
    cancel,
  };
}
