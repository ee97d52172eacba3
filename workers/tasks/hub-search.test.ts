import { describe, expect, it } from 'vitest';
import type { FromWorker, HubQuery, HubSearchResult } from '../../src/shared/protocol/index.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';

/**
 * A stand-in for `GET /api/models` written from the Hub's documented behaviour (pages of at most
 * `cap` rows, a `Link: <absolute next URL>; rel="next"` header until the last page), so these
 * tests see what the handler does with pages, independently of the project's loopback hub.
 */
function pagedHub(models: Array<{ id: string; tags: string[] }>, cap: number) {
  const requests: URL[] = [];
  let fail: 'status' | 'network' | null = null;
  const fetch = async (url: string): Promise<Response> => {
    const parsed = new URL(url);
    requests.push(parsed);
    if (fail === 'network') throw new TypeError('Failed to fetch');
    if (fail === 'status')
      return new Response('{"error":"boom"}', {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
      });
    const from = Number(parsed.searchParams.get('cursor') ?? 0);
    const page = models.slice(from, from + Math.min(cap, Number(parsed.searchParams.get('limit'))));
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (from + page.length < models.length) {
      const next = new URL(parsed);
      next.searchParams.set('cursor', String(from + page.length));
      headers.set('Link', `<${next.href}>; rel="next"`);
    }
    const body = page.map((m, i) => ({
      _id: `id${from + i}`,
      id: m.id,
      downloads: 1000 - from - i,
      likes: 1,
      lastModified: '2024-01-02T03:04:05.000Z',
      private: false,
      gated: false,
      pipeline_tag: 'summarization',
      tags: m.tags,
    }));
    return new Response(JSON.stringify(body), { headers });
  };
  return {
    fetch,
    requests,
    failNext: (how: 'status' | 'network' | null) => (fail = how),
  };
}

const QUERY: HubQuery = {
  search: '',
  task: null,
  browserOnly: false,
  license: null,
  language: null,
  sort: 'downloads',
};
const MODELS = Array.from({ length: 7 }, (_, i) => ({
  id: `org/m${i}`,
  tags: [i % 2 === 0 ? 'license:apache-2.0' : 'license:cc-by-nc-4.0', 'transformers.js'],
}));

function done(event: FromWorker): HubSearchResult {
  if (event.type !== 'done' || event.result.kind !== 'hub-search') throw new Error(JSON.stringify(event));
  return event.result;
}

describe('hub-search', () => {
  it('reads on from the listing it left open, page by page', async () => {
    const hub = pagedHub(MODELS, 2);
    const h = taskHarness(fakeRuntime({}), { fetch: hub.fetch });
    const first = done(await h.run({ kind: 'hub-search', query: QUERY, count: 3 }));
    expect(first.rows.map((r) => r.id)).toEqual(['org/m0', 'org/m1', 'org/m2']);
    expect(first.more).toBe(true);
    expect(hub.requests).toHaveLength(2);
    // The Hub's own parameters: sort, and the six expanded fields plus tags.
    expect(hub.requests[0]?.searchParams.get('sort')).toBe('downloads');
    expect(hub.requests[0]?.searchParams.getAll('expand')).toContain('tags');

    const second = done(await h.run({ kind: 'hub-search', query: QUERY, count: 10 }));
    expect(second.rows.map((r) => r.id)).toEqual(MODELS.map((m) => m.id));
    expect(second.more).toBe(false);
    // Pages 3 and 4 only: the first two were not asked for again.
    expect(hub.requests.map((u) => u.searchParams.get('cursor'))).toEqual([null, '2', '4', '6']);
    expect(second.pages).toBe(4);
  });

  it('sends filters as Hub parameters and filters a license group itself', async () => {
    const hub = pagedHub(MODELS, 3);
    const h = taskHarness(fakeRuntime({}), { fetch: hub.fetch });
    const query: HubQuery = {
      ...QUERY,
      search: ' bart ',
      task: 'summarization',
      browserOnly: true,
      language: 'en',
      license: { group: 'non-commercial' },
    };
    const result = done(await h.run({ kind: 'hub-search', query, count: 10 }));
    const sent = hub.requests[0]!.searchParams;
    expect(sent.get('search')).toBe('bart');
    expect(sent.get('pipeline_tag')).toBe('summarization');
    expect(sent.getAll('filter')).toEqual(['transformers.js', 'en']);
    expect(result.rows.map((r) => r.id)).toEqual(['org/m1', 'org/m3', 'org/m5']);
    expect(result.scanned).toBe(7);
    expect(result.rows.every((r) => r.license === 'cc-by-nc-4.0' && r.browserReady)).toBe(true);
  });

  it('sends an exact license as a license: tag', async () => {
    const hub = pagedHub(MODELS, 10);
    const h = taskHarness(fakeRuntime({}), { fetch: hub.fetch });
    done(await h.run({ kind: 'hub-search', query: { ...QUERY, license: { exact: 'mit' } }, count: 5 }));
    expect(hub.requests[0]?.searchParams.getAll('filter')).toEqual(['license:mit']);
  });

  it('says what failed, and the next search starts the listing again', async () => {
    const hub = pagedHub(MODELS, 2);
    const h = taskHarness(fakeRuntime({}), { fetch: hub.fetch });
    hub.failNext('status');
    const failed = await h.run({ kind: 'hub-search', query: QUERY, count: 3 });
    expect(failed).toMatchObject({ type: 'error', error: { code: 'network', retryable: true } });
    expect(failed.type === 'error' && failed.error.message).toMatch(
      /answered the model search with HTTP 500/,
    );

    hub.failNext('network');
    const unreachable = await h.run({ kind: 'hub-search', query: QUERY, count: 3 });
    expect(unreachable.type === 'error' && unreachable.error.message).toMatch(
      /Could not reach http:\/\/hub\.test/,
    );

    hub.failNext(null);
    const again = done(await h.run({ kind: 'hub-search', query: QUERY, count: 3 }));
    expect(again.rows).toHaveLength(3);
  });

  it.each([
    [{ ...QUERY, task: 'not-a-task' }, 3, /not a Hub task/],
    [{ ...QUERY, language: 'en fr' }, 3, /not a language code/],
    [{ ...QUERY, license: { exact: 'a b' } }, 3, /not a license id/],
    [QUERY, 0, /1 to 5000 rows/],
  ])('refuses a bad query before any request (%#)', async (query, count, message) => {
    const hub = pagedHub(MODELS, 2);
    const h = taskHarness(fakeRuntime({}), { fetch: hub.fetch });
    const end = await h.run({ kind: 'hub-search', query, count });
    expect(end).toMatchObject({ type: 'error', error: { code: 'invalid-settings' } });
    expect(end.type === 'error' && end.error.message).toMatch(message);
    expect(hub.requests).toHaveLength(0);
  });

  it('needs a model host, not the local folder', async () => {
    const h = taskHarness(fakeRuntime({}), { fetch: pagedHub(MODELS, 2).fetch });
    const end = await h.run(
      { kind: 'hub-search', query: QUERY, count: 3 },
      { source: { kind: 'local', location: '/models/' } },
    );
    expect(end.type === 'error' && end.error.message).toMatch(/no Hub API/);
  });
});
