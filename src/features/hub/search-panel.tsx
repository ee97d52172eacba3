import { JobError } from '../../components/job-error.tsx';
import { CachedNote } from './cached-note.tsx';
import { queryKey } from './hub-query.ts';
import { useHub } from './hub-store.ts';
import { ResultsList } from './results-list.tsx';
import { SearchFilters } from './search-filters.tsx';
import { SearchStatus } from './search-status.tsx';
import { useHubSearch } from './use-hub-search.ts';

/** The search, its filters and its results; a failed search shows its error and the stored rows. */
export function SearchPanel() {
  const search = useHubSearch();
  const openId = useHub((s) => s.model);
  const openModel = useHub((s) => s.openModel);
  const { job, result, cached } = search;
  const rows = result?.rows ?? cached?.entry.rows ?? null;
  return (
    <div className="space-y-3">
      <SearchFilters />
      <SearchStatus search={search} />
      {job?.error && <JobError error={job.error} />}
      {result === null && cached && <CachedNote hit={cached} />}
      {rows !== null && rows.length === 0 && (
        <p className="text-sm text-slate-600" data-testid="hub-no-results">
          No models match. Try fewer filters or a shorter search.
        </p>
      )}
      {rows !== null && (
        <ResultsList
          key={queryKey(search.query)}
          rows={rows}
          openId={openId}
          onOpen={openModel}
          canLoadMore={result !== null && search.canLoadMore}
          onLoadMore={search.loadMore}
        />
      )}
    </div>
  );
}
