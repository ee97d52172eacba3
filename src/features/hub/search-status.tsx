import type { HubSearch } from './use-hub-search.ts';
import { MAX_SEARCH_ROWS } from './use-hub-search.ts';

const BUTTON =
  'rounded border border-slate-400 bg-white px-2 py-0.5 text-xs focus-visible:ring-2 focus-visible:ring-sky-600';

/** How many rows are loaded (and scanned), whether a search runs, and its cancel button. */
export function SearchStatus({ search }: { search: HubSearch }) {
  const { job, result, typing, canLoadMore } = search;
  const running = job?.status === 'running';
  const grouped = search.query.license !== null && 'group' in search.query.license;
  const loaded = result?.rows.length ?? 0;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p
        aria-live="polite"
        data-testid="hub-count"
        data-value={JSON.stringify({ loaded, scanned: result?.scanned ?? 0, more: result?.more ?? false })}
      >
        {result === null ? (
          running ? (
            'Searching the Hub…'
          ) : search.cached ? (
            `${search.cached.entry.rows.length} stored models shown.`
          ) : (
            'No results yet.'
          )
        ) : (
          <>
            {loaded} model{loaded === 1 ? '' : 's'} loaded
            {result.scanned !== loaded && `, scanned ${result.scanned}`}
            {grouped && ' (license groups are filtered here, the Hub filters only exact licenses)'}
            {!result.more && loaded > 0 && ' — the whole listing.'}
            {result.more && loaded >= MAX_SEARCH_ROWS && ' — the most one search shows; narrow the search.'}
          </>
        )}
        {typing && ' Waiting for you to stop typing…'}
        {running && result !== null && ' Loading more…'}
        {job?.status === 'cancelled' && ' The search was cancelled.'}
      </p>
      {running && (
        <button type="button" data-testid="hub-cancel" className={BUTTON} onClick={search.cancel}>
          Cancel search
        </button>
      )}
      {canLoadMore && (
        <button type="button" data-testid="hub-load-more" className={BUTTON} onClick={search.loadMore}>
          Load 50 more
        </button>
      )}
      {(job?.status === 'cancelled' || job?.status === 'error') && (
        <button type="button" data-testid="hub-retry" className={BUTTON} onClick={search.retry}>
          Search again
        </button>
      )}
    </div>
  );
}
