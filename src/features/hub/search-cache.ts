/**
 * The last good results of recent searches, in local storage, so an unreachable host still shows
 * something: the same query's rows, or else the newest rows read from that host. Bounded (a few
 * hundred rows per query, twenty queries, about a megabyte), and anything unreadable in storage
 * (another version, a hand edit) counts as nothing rather than breaking the view.
 */
import type { HubModelRow, HubQuery } from '../../shared/protocol/index.ts';
import { readHubQuery, sameQuery } from './hub-query.ts';

export const SEARCH_CACHE_KEY = 'glasspipe.hub.searches';
export const MAX_ENTRIES = 20;
export const MAX_ROWS_PER_ENTRY = 200;
export const MAX_CACHE_CHARS = 1_000_000;

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface CachedSearch {
  host: string;
  query: HubQuery;
  rows: HubModelRow[];
  fetchedAt: number;
}

export interface CacheHit {
  entry: CachedSearch;
  /** False: no rows for this query, these are the newest of another query on the same host. */
  exact: boolean;
}

const normalHost = (host: string) => host.replace(/\/+$/, '');

function field(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

function readRow(v: unknown): HubModelRow | null {
  if (typeof v !== 'object' || v === null) return null;
  const id = field(v, 'id');
  const downloads = field(v, 'downloads');
  const likes = field(v, 'likes');
  const lastModified = field(v, 'lastModified');
  const tag = field(v, 'pipeline_tag');
  const license = field(v, 'license');
  const gated = field(v, 'gated');
  const browserReady = field(v, 'browserReady');
  if (typeof id !== 'string' || typeof downloads !== 'number' || typeof likes !== 'number') return null;
  if (typeof lastModified !== 'string' || (tag !== null && typeof tag !== 'string')) return null;
  if (license !== null && typeof license !== 'string') return null;
  if (gated !== false && gated !== 'auto' && gated !== 'manual') return null;
  if (typeof browserReady !== 'boolean') return null;
  return { id, downloads, likes, lastModified, pipeline_tag: tag, license, gated, browserReady };
}

function readEntry(v: unknown): CachedSearch | null {
  if (typeof v !== 'object' || v === null) return null;
  const host = field(v, 'host');
  const query = readHubQuery(field(v, 'query'));
  const rows = field(v, 'rows');
  const fetchedAt = field(v, 'fetchedAt');
  if (typeof host !== 'string' || query === null || !Array.isArray(rows)) return null;
  if (typeof fetchedAt !== 'number' || !Number.isFinite(fetchedAt)) return null;
  const read = rows.map(readRow);
  if (read.some((row) => row === null)) return null;
  return { host: normalHost(host), query, rows: read.filter((row) => row !== null), fetchedAt };
}

/** Every readable entry, newest first; a corrupt entry is skipped, a corrupt store is empty. */
export function readCachedSearches(storage: KeyValueStorage | null): CachedSearch[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(SEARCH_CACHE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .map(readEntry)
    .filter((e) => e !== null)
    .sort((a, b) => b.fetchedAt - a.fetchedAt);
}

/** The entries as stored: the newest first, at most MAX_ENTRIES, and dropped from the oldest to fit. */
export function boundEntries(entries: readonly CachedSearch[]): string {
  const kept = entries.slice(0, MAX_ENTRIES);
  let text = JSON.stringify(kept);
  while (text.length > MAX_CACHE_CHARS && kept.length > 1) {
    kept.pop();
    text = JSON.stringify(kept);
  }
  return text;
}

/** Remembers a successful search (its first MAX_ROWS_PER_ENTRY rows) as the newest entry. */
export function writeCachedSearch(storage: KeyValueStorage | null, search: CachedSearch): void {
  if (storage === null) return;
  // Only these four fields: a search result passed in carries more (its paging state).
  const entry: CachedSearch = {
    host: normalHost(search.host),
    query: search.query,
    rows: search.rows.slice(0, MAX_ROWS_PER_ENTRY),
    fetchedAt: search.fetchedAt,
  };
  const others = readCachedSearches(storage).filter(
    (e) => !(e.host === entry.host && sameQuery(e.query, entry.query)),
  );
  try {
    storage.setItem(SEARCH_CACHE_KEY, boundEntries([entry, ...others]));
  } catch {
    try {
      // Storage full: keep this search alone rather than nothing.
      storage.setItem(SEARCH_CACHE_KEY, boundEntries([entry]));
    } catch {
      // A full or disabled storage only means no offline fallback.
    }
  }
}

/** The stored rows of this query on this host, else the newest rows of any query on it. */
export function findCachedSearch(
  storage: KeyValueStorage | null,
  host: string,
  query: HubQuery,
): CacheHit | null {
  const here = readCachedSearches(storage).filter((e) => e.host === normalHost(host));
  const exact = here.find((e) => sameQuery(e.query, query));
  if (exact) return { entry: exact, exact: true };
  const newest = here[0];
  return newest ? { entry: newest, exact: false } : null;
}
