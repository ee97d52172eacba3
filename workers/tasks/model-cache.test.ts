import { describe, expect, it, vi } from 'vitest';
import { ModelCache } from './model-cache.ts';

function model(name: string) {
  return { name, dispose: vi.fn(async () => undefined) };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ModelCache', () => {
  it('shares one load between concurrent requests', async () => {
    const cache = new ModelCache<ReturnType<typeof model>>();
    const d = deferred<ReturnType<typeof model>>();
    const load = vi.fn(() => d.promise);
    const a = cache.get('summarize', 'm1', load);
    const b = cache.get('summarize', 'm1', load);
    d.resolve(model('m1'));
    expect(await a).toBe(await b);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('evicts a failed load so the next request retries', async () => {
    const cache = new ModelCache<ReturnType<typeof model>>();
    await expect(cache.get('s', 'm', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    const ok = await cache.get('s', 'm', async () => model('again'));
    expect(ok.name).toBe('again');
  });

  it('disposes the model a new load replaces in the same slot, not in other slots', async () => {
    const cache = new ModelCache<ReturnType<typeof model>>();
    const first = await cache.get('summarize', 'a', async () => model('a'));
    const other = await cache.get('tokenize', 'a', async () => model('tok'));
    await cache.get('summarize', 'b', async () => model('b'));
    await new Promise((r) => setTimeout(r, 0));
    expect(first.dispose).toHaveBeenCalledTimes(1);
    expect(other.dispose).not.toHaveBeenCalled();
    expect(cache.size).toBe(2);
  });

  it('keeps a cached model when the same key is requested again', async () => {
    const cache = new ModelCache<ReturnType<typeof model>>();
    const first = await cache.get('s', 'a', async () => model('a'));
    const again = await cache.get('s', 'a', async () => model('other'));
    expect(again).toBe(first);
    expect(first.dispose).not.toHaveBeenCalled();
  });
});

describe('ModelCache with room for several models in a slot', () => {
  it('keeps the two most recently used and disposes the least recent', async () => {
    const cache = new ModelCache<ReturnType<typeof model>>((slot) => (slot === 'seq2seq' ? 2 : 1));
    const a = await cache.get('seq2seq', 'a', async () => model('a'));
    const b = await cache.get('seq2seq', 'b', async () => model('b'));
    await cache.get('seq2seq', 'a', async () => model('a again')); // a is now the most recent
    await cache.get('seq2seq', 'c', async () => model('c'));
    await new Promise((r) => setTimeout(r, 0));
    expect(b.dispose).toHaveBeenCalledTimes(1);
    expect(a.dispose).not.toHaveBeenCalled();
    expect(cache.size).toBe(2);
  });
});
