import { describe, expect, it } from 'vitest';
import type { ModelSource } from '../../src/shared/protocol/index.ts';
import { CorruptDownloadError, StoreQuotaError } from './errors.ts';
import { cacheKeyFor } from './keys.ts';
import { MemoryCacheStorage } from './memory-cache-storage.ts';
import { createModelStore } from './model-store.ts';
import { MODEL_CACHE_NAME } from './storage.ts';
import { bytesOf, cutOffResponse, fileResponse, HTML_PAGE, ONNX_BYTES } from './test-responses.ts';

const HUB_A: ModelSource = { kind: 'hub', location: 'http://127.0.0.1:5001/' };
const HUB_B: ModelSource = { kind: 'hub', location: 'https://mirror.example/hf' };
const LOCAL: ModelSource = { kind: 'local', location: '/models/' };
const MODEL = 'glasspipe-test/tiny-t5';
const ONNX_FILE = 'onnx/encoder_model_quantized.onnx';

function setup(source: ModelSource | null = HUB_A, quotaBytes?: number) {
  const storage = new MemoryCacheStorage(quotaBytes);
  let clock = 1_000;
  const store = createModelStore({ storage, source, now: () => clock, lastUsedIntervalMs: 60_000 });
  const stored = () => [...(storage.caches.get(MODEL_CACHE_NAME)?.entries.keys() ?? [])];
  return { storage, store, stored, advance: (ms: number) => (clock += ms) };
}

describe('put refuses broken downloads and stores nothing', () => {
  const key = cacheKeyFor(HUB_A, MODEL, 'main', ONNX_FILE);
  it.each<[string, () => Response, string]>([
    ['an HTML page', () => fileResponse(HTML_PAGE, { 'content-type': 'text/html' }), 'html'],
    ['a truncated body', () => fileResponse(ONNX_BYTES.slice(0, 5), { 'content-length': '14' }), 'truncated'],
    ['a dropped connection', () => cutOffResponse(ONNX_BYTES, 5), 'cut-off'],
    ['a file that is not ONNX', () => fileResponse('not a model'), 'not-onnx'],
  ])('%s', async (_, make, reason) => {
    const { store, stored } = setup();
    await expect(store.put(key, make())).rejects.toMatchObject({ name: 'CorruptDownloadError', reason });
    expect(stored()).toEqual([]);
    expect(await store.match(key)).toBeUndefined();
    // Kept for the worker too: in the browser, transformers.js only logs a rejected put.
    const errors = store.takeErrors();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(CorruptDownloadError);
    expect(store.takeErrors()).toEqual([]);
  });

  it('an invalid JSON file', async () => {
    const { store, stored } = setup();
    const json = cacheKeyFor(HUB_A, MODEL, 'main', 'tokenizer.json');
    await expect(store.put(json, fileResponse('{"truncated":'))).rejects.toMatchObject({
      reason: 'invalid-json',
    });
    expect(stored()).toEqual([]);
  });
});

describe('put stores a valid file', () => {
  const key = cacheKeyFor(HUB_A, MODEL, 'main', ONNX_FILE);

  it('as transformers.js stores it in the browser: a Response it built from the bytes it read', async () => {
    const { store } = setup();
    const download = fileResponse(ONNX_BYTES);
    const result = await bytesOf(download); // hub.js reads the body first, then puts a new Response
    await store.put(key, new Response(result, { headers: download.headers }));
    expect(result).toEqual(ONNX_BYTES); // the caller's bytes are untouched
    // Every match hands out a fresh, readable Response, with the size hub.js reads for progress.
    for (let i = 0; i < 2; i++) {
      const hit = await store.match(key);
      expect(hit?.headers.get('content-length')).toBe(String(ONNX_BYTES.length));
      expect(await bytesOf(hit)).toEqual(ONNX_BYTES);
    }
  });

  it('as transformers.js stores it in Node: the unread download, with progress, read back by match', async () => {
    const { store } = setup();
    const progress: number[] = [];
    await store.put(key, fileResponse(ONNX_BYTES), (p) => progress.push(p.loaded));
    expect(progress.at(-1)).toBe(ONNX_BYTES.length);
    expect(await bytesOf(await store.match(key))).toEqual(ONNX_BYTES);
    expect(await store.has(key)).toBe(true);
    expect(await store.delete(key)).toBe(true);
    expect(await store.has(key)).toBe(false);
  });
});

describe('match answers only the active source', () => {
  const localKey = cacheKeyFor(LOCAL, MODEL, 'main', 'config.json');
  const hubKey = cacheKeyFor(HUB_A, MODEL, 'main', 'config.json');

  it('does not answer the local-path key for a hub source, nor the remote key for a local one', async () => {
    const { store } = setup(LOCAL);
    await store.put(localKey, fileResponse('{"from":"local"}'));
    store.setSource(HUB_A);
    await store.put(hubKey, fileResponse('{"from":"hub"}'));

    // transformers.js asks for the local path first: for a hub job that must miss.
    expect(await store.match(localKey)).toBeUndefined();
    expect(await (await store.match(hubKey))?.json()).toEqual({ from: 'hub' });
    store.setSource(LOCAL);
    expect(await store.match(hubKey)).toBeUndefined();
    expect(await (await store.match(localKey))?.json()).toEqual({ from: 'local' });
  });

  it('keeps two hosts apart and serves neither before a source is set', async () => {
    const { store, stored } = setup(HUB_A);
    const keyB = cacheKeyFor(HUB_B, MODEL, 'main', 'config.json');
    await store.put(hubKey, fileResponse('{"host":"a"}'));
    store.setSource(HUB_B);
    expect(await store.match(hubKey)).toBeUndefined();
    await store.put(keyB, fileResponse('{"host":"b"}'));
    expect(stored()).toHaveLength(2);
    expect(await (await store.match(keyB))?.json()).toEqual({ host: 'b' });
    store.setSource(null);
    expect(await store.match(keyB)).toBeUndefined();
  });

  it("answers onnxruntime-web's runtime files whatever the source", async () => {
    const { store } = setup(LOCAL);
    const wasm = 'http://localhost:5173/assets/ort-wasm-simd-threaded.jsep.wasm';
    await store.put(
      wasm,
      fileResponse(Uint8Array.from([0, 0x61, 0x73, 0x6d]), { 'content-type': 'application/wasm' }),
    );
    expect(await store.match(wasm)).toBeDefined();
  });
});

describe('quota', () => {
  it('rethrows a full quota as QuotaExceededError saying what was being stored', async () => {
    const { store, stored } = setup(HUB_A, 8);
    const key = cacheKeyFor(HUB_A, MODEL, 'main', ONNX_FILE);
    const error = await store.put(key, fileResponse(ONNX_BYTES)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreQuotaError);
    expect(error).toMatchObject({ name: 'QuotaExceededError', file: ONNX_FILE, bytes: ONNX_BYTES.length });
    expect(String(error)).toContain(`could not store "${ONNX_FILE}" (14 B)`);
    expect(error instanceof Error && error.cause instanceof DOMException).toBe(true);
    expect(stored()).toEqual([]);
    expect(store.takeErrors()).toEqual([error]);
  });
});

describe('last used', () => {
  it('is written on put and on a hit, at most once per interval', async () => {
    const { store, storage, advance } = setup();
    const key = cacheKeyFor(HUB_A, MODEL, 'main', 'config.json');
    const lastUsed = async () =>
      (await (await storage.open(`${MODEL_CACHE_NAME}-last-used`)).match(key))?.headers.get(
        'x-glasspipe-last-used',
      );
    await store.put(key, fileResponse('{}'));
    expect(await lastUsed()).toBe('1000');
    advance(30_000);
    await store.match(key);
    expect(await lastUsed()).toBe('1000'); // within the interval: not rewritten
    advance(40_000);
    await store.match(key);
    expect(await lastUsed()).toBe('71000');
  });
});
