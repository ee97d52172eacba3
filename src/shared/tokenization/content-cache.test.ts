import { describe, expect, it } from 'vitest';
import { withContentCache } from './content-cache.ts';
import { encodeBatch } from './encode-batch.ts';
import { fakeTokenizer } from './testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS } from './types.ts';

describe('withContentCache', () => {
  it('encodes each text once while only settings change, and keeps results identical', () => {
    const raw = fakeTokenizer();
    const cached = withContentCache(raw, 2);
    const first = encodeBatch(cached, ['a b'], null, DEFAULT_SETTINGS);
    const second = encodeBatch(cached, ['a b'], null, {
      ...DEFAULT_SETTINGS,
      truncation: true,
      max_length: 3,
    });
    expect(raw.calls).toEqual(['a b']);
    expect(first.ok && first.batch.rows[0]?.input_ids).toEqual([1, 10, 11, 2]);
    expect(second.ok && second.batch.rows[0]?.input_ids).toEqual([1, 10, 2]);
  });

  it('forgets the least recently used text beyond its capacity', () => {
    const raw = fakeTokenizer();
    const cached = withContentCache(raw, 2);
    for (const text of ['a', 'b', 'a', 'c', 'a', 'b']) cached.encodeContent(text);
    expect(raw.calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('hands out copies, so callers cannot corrupt the cache', () => {
    const cached = withContentCache(fakeTokenizer());
    cached.encodeContent('a').ids.push(99);
    expect(cached.encodeContent('a').ids).toEqual([10]);
  });
});
