import { describe, expect, it } from 'vitest';
import type { HubModelRow, HubQuery } from '../../shared/protocol/index.ts';
import {
  findCachedSearch,
  MAX_CACHE_CHARS,
  MAX_ENTRIES,
  MAX_ROWS_PER_ENTRY,
  readCachedSearches,
  SEARCH_CACHE_KEY,
  writeCachedSearch,
  type CachedSearch,
} from './search-cache.ts';

class FakeStorage {
  readonly items = new Map<string, string>();
  /** Refuses writes longer than this, like a full localStorage. */
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const HOST = 'http://127.0.0.1:8765';
const query = (search: string): HubQuery => ({
  search,
  task: null,
  browserOnly: false,
  license: null,
  language: null,
  sort: 'downloads',
});
const row = (id: string): HubModelRow => ({
  id,
  downloads: 10,
  likes: 1,
  lastModified: '2024-01-01T00:00:00.000Z',
  pipeline_tag: 'summarization',
  license: 'mit',
  gated: false,
  browserReady: true,
});
const search = (q: string, fetchedAt: number, host = HOST): CachedSearch => ({
  host,
  query: query(q),
  rows: [row(`org/${q}`)],
  fetchedAt,
});

describe('the search cache', () => {
  it('finds the same query on the same host, else the newest query of that host', () => {
    const storage = new FakeStorage();
    writeCachedSearch(storage, search('bart', 1));
    writeCachedSearch(storage, search('t5', 2));
    writeCachedSearch(storage, search('gpt', 3, 'https://huggingface.co'));
    expect(findCachedSearch(storage, HOST, query('bart'))).toEqual({ entry: search('bart', 1), exact: true });
    expect(findCachedSearch(storage, `${HOST}/`, query('llama'))).toEqual({
      entry: search('t5', 2),
      exact: false,
    });
    expect(findCachedSearch(storage, 'http://elsewhere', query('bart'))).toBeNull();
  });

  it('stores only the host, query, rows and time of a result', () => {
    const storage = new FakeStorage();
    const result = { ...search('bart', 1), kind: 'hub-search', more: true, scanned: 9, pages: 1 };
    writeCachedSearch(storage, result);
    expect(Object.keys(JSON.parse(storage.getItem(SEARCH_CACHE_KEY) ?? '[]')[0])).toEqual([
      'host',
      'query',
      'rows',
      'fetchedAt',
    ]);
  });

  it('a newer result of a query replaces the older', () => {
    const storage = new FakeStorage();
    writeCachedSearch(storage, search('bart', 1));
    writeCachedSearch(storage, { ...search('bart', 5), rows: [row('a/1'), row('a/2')] });
    const all = readCachedSearches(storage);
    expect(all).toHaveLength(1);
    expect(all[0]?.rows.map((r) => r.id)).toEqual(['a/1', 'a/2']);
  });

  it('keeps the newest MAX_ENTRIES queries and MAX_ROWS_PER_ENTRY rows of each', () => {
    const storage = new FakeStorage();
    for (let i = 0; i < MAX_ENTRIES + 5; i += 1) writeCachedSearch(storage, search(`q${i}`, i));
    const all = readCachedSearches(storage);
    expect(all).toHaveLength(MAX_ENTRIES);
    expect(all[0]?.query.search).toBe(`q${MAX_ENTRIES + 4}`);
    const many = Array.from({ length: MAX_ROWS_PER_ENTRY + 50 }, (_, i) => row(`m/${i}`));
    writeCachedSearch(storage, { ...search('many', 100), rows: many });
    expect(findCachedSearch(storage, HOST, query('many'))?.entry.rows).toHaveLength(MAX_ROWS_PER_ENTRY);
    expect((storage.getItem(SEARCH_CACHE_KEY) ?? '').length).toBeLessThanOrEqual(MAX_CACHE_CHARS);
  });

  it('a full storage keeps the newest search alone, or nothing, without throwing', () => {
    // Room for one search, not two.
    const storage = new FakeStorage(JSON.stringify([search('one', 1)]).length + 20);
    writeCachedSearch(storage, search('one', 1));
    writeCachedSearch(storage, search('two', 2));
    expect(readCachedSearches(storage).map((e) => e.query.search)).toEqual(['two']);
    const tiny = new FakeStorage(10);
    expect(() => writeCachedSearch(tiny, search('one', 1))).not.toThrow();
    expect(readCachedSearches(tiny)).toEqual([]);
  });

  it('ignores a corrupt store or a corrupt entry, never throws', () => {
    const storage = new FakeStorage();
    storage.setItem(SEARCH_CACHE_KEY, '{not json');
    expect(readCachedSearches(storage)).toEqual([]);
    expect(findCachedSearch(storage, HOST, query('x'))).toBeNull();
    storage.setItem(SEARCH_CACHE_KEY, JSON.stringify({ host: HOST }));
    expect(readCachedSearches(storage)).toEqual([]);
    const good = search('good', 2);
    storage.setItem(
      SEARCH_CACHE_KEY,
      JSON.stringify([
        null,
        { ...search('bad-row', 3), rows: [{ id: 7 }] },
        { ...search('bad-query', 4), query: { search: 'x' } },
        { ...search('bad-time', 5), fetchedAt: 'today' },
        good,
      ]),
    );
    expect(readCachedSearches(storage)).toEqual([good]);
    writeCachedSearch(storage, search('next', 6));
    expect(readCachedSearches(storage).map((e) => e.query.search)).toEqual(['next', 'good']);
    expect(readCachedSearches(null)).toEqual([]);
    expect(() => writeCachedSearch(null, good)).not.toThrow();
  });
});
