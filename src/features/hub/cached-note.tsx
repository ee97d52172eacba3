import { describeQuery } from './hub-query.ts';
import type { CacheHit } from './search-cache.ts';

/** Says the rows shown were stored earlier (the host did not answer), when, and for which search. */
export function CachedNote({ hit }: { hit: CacheHit }) {
  const { entry, exact } = hit;
  const when = new Date(entry.fetchedAt);
  return (
    <p
      data-testid="hub-cached-note"
      data-value={JSON.stringify({ fetchedAt: entry.fetchedAt, query: entry.query })}
      className="rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-amber-950"
    >
      <span className="font-semibold">
        Cached results from <time dateTime={when.toISOString()}>{when.toLocaleString()}</time>
      </span>
      {exact
        ? ', the last time this search answered.'
        : `: none are stored for this search, so these are the newest from this host, for ${describeQuery(entry.query)}.`}
    </p>
  );
}
