import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, intParam, nextLink, pageUrl } from './loopback-hub-page.ts';
import { pageOf } from './loopback-hub-list.ts';

/** The regex of @huggingface/hub utils/parseLinkHeader.ts. */
const HUB_JS_LINK = /<(https?:[/][/][^>]+)>;\s+rel="([^"]+)"/g;

describe('pagination', () => {
  it('round-trips an offset through an opaque cursor and refuses a foreign one', () => {
    expect(decodeCursor(encodeCursor(1000))).toBe(1000);
    expect(encodeCursor(5)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('not a cursor')).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"offset":-1}').toString('base64url'))).toBeUndefined();
  });

  it('builds the next URL with every parameter kept and the cursor replaced', () => {
    const query = new URLSearchParams('limit=2&filter=onnx&filter=en&expand=likes&cursor=old&skip=4');
    const url = pageUrl('http://127.0.0.1:9', '/api/models', query, { cursor: 'new' }, ['skip']);
    const next = new URL(url);
    expect(next.pathname).toBe('/api/models');
    expect(next.searchParams.getAll('filter')).toEqual(['onnx', 'en']);
    expect(next.searchParams.get('limit')).toBe('2');
    expect(next.searchParams.get('expand')).toBe('likes');
    expect(next.searchParams.getAll('cursor')).toEqual(['new']);
    expect(next.searchParams.has('skip')).toBe(false);
    expect([...nextLink(url).matchAll(HUB_JS_LINK)].map(([, href, rel]) => [href, rel])).toEqual([
      [url, 'next'],
    ]);
  });

  it('pages items, with no next offset on the last page', () => {
    const items = [1, 2, 3, 4, 5];
    expect(pageOf(items, 0, 2)).toEqual({ items: [1, 2], next: 2 });
    expect(pageOf(items, 4, 2)).toEqual({ items: [5], next: undefined });
    expect(pageOf(items, 3, 2)).toEqual({ items: [4, 5], next: undefined });
  });

  it('reads integer parameters strictly', () => {
    const query = new URLSearchParams('a=12&b=-1&c=1.5&d=');
    expect(intParam(query, 'a')).toBe(12);
    expect(intParam(query, 'b')).toBeUndefined();
    expect(intParam(query, 'c')).toBeUndefined();
    expect(intParam(query, 'd')).toBeUndefined();
    expect(intParam(query, 'missing')).toBeNull();
  });
});
