/**
 * The store plugged into the real transformers.js (Node) against the loopback hub: a second
 * load is served from the store, and a download cut off halfway is never stored.
 *
 * In Node, transformers.js reads JSON files itself and puts a Response built from the bytes
 * (a put rejection is only logged), but loads `.onnx` files with `return_path`: it puts the
 * unread download, lets a rejection fail the load, and reads the file back with `match`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';
import { startLoopbackHub, type LoopbackHub } from '../../e2e/support/loopback-hub.ts';
import type { ModelSource } from '../../src/shared/protocol/index.ts';
import { listCachedModels } from './inventory.ts';
import { cacheKeyFor } from './keys.ts';
import { MemoryCacheStorage } from './memory-cache-storage.ts';
import { createModelStore, type ModelStore } from './model-store.ts';
import { readValidated } from './validate.ts';

const MODEL = 'glasspipe-test/tiny-t5';
const ENCODER = 'onnx/encoder_model_quantized.onnx';
let hub: LoopbackHub;
let source: ModelSource;
const saved = { ...env };

beforeAll(async () => {
  hub = await startLoopbackHub({ root: 'fixtures/hub', port: 0 });
  source = { kind: 'hub', location: hub.url };
  Object.assign(env, {
    allowLocalModels: false,
    allowRemoteModels: true,
    remoteHost: `${hub.url}/`,
    remotePathTemplate: '{model}/resolve/{revision}/',
    useBrowserCache: false,
    useFSCache: false,
    useCustomCache: true,
  });
});

afterAll(async () => {
  Object.assign(env, saved);
  await hub.close();
});

function newStore(storage = new MemoryCacheStorage()): { store: ModelStore; storage: MemoryCacheStorage } {
  return { store: createModelStore({ storage, source }), storage };
}

/** Loads tokenizer and q8 model with `store` as the cache; returns the file paths requested. */
async function load(store: ModelStore): Promise<string[]> {
  env.customCache = store;
  const before = hub.requests.length;
  try {
    await AutoTokenizer.from_pretrained(MODEL);
    const model = await AutoModelForSeq2SeqLM.from_pretrained(MODEL, { dtype: 'q8' });
    await model.dispose();
  } finally {
    env.customCache = null;
  }
  return hub.requests.slice(before).map((r) => r.path.replace(`/${MODEL}/resolve/main/`, ''));
}

describe('model store with transformers.js', () => {
  it('accepts every fixture ONNX file (they start with the ir_version tag 0x08)', async () => {
    const dir = join('fixtures/hub', MODEL, 'onnx');
    for (const name of await readdir(dir)) {
      const bytes = await readFile(join(dir, name));
      expect(bytes[0]).toBe(0x08);
      await readValidated(`onnx/${name}`, name, new Response(bytes));
    }
  });

  it('serves a second load from the store, without file requests', async () => {
    const { store, storage } = newStore();
    const first = await load(store);
    expect(first).toEqual(expect.arrayContaining(['config.json', 'tokenizer.json', ENCODER]));
    // Control: a load with an empty store downloads again, so nothing else is remembering files.
    expect(await load(newStore().store)).not.toEqual([]);

    expect(await load(store)).toEqual([]);
    const [model] = await listCachedModels(storage);
    expect(model).toMatchObject({ host: hub.url, model: MODEL, revision: 'main', dtypes: ['q8'] });
    expect(model?.files.map((f) => f.file)).toEqual(expect.arrayContaining(['config.json', ENCODER]));
  });

  it('never stores a download cut off halfway, and the next load fetches it cleanly', async () => {
    const { store } = newStore();
    const key = cacheKeyFor(source, MODEL, 'main', ENCODER);
    hub.setFault('encoder_model_quantized.onnx', 'truncate', { times: 1 });

    await expect(load(store)).rejects.toMatchObject({ name: 'CorruptDownloadError', reason: 'cut-off' });
    expect(await store.has(key)).toBe(false);
    expect(store.takeErrors()).toMatchObject([{ file: ENCODER, reason: 'cut-off' }]);

    const second = await load(store);
    expect(second).toContain(ENCODER);
    expect(second).not.toContain('config.json'); // stored by the failed load: it was whole
    expect(await store.has(key)).toBe(true);
    expect(await load(store)).toEqual([]);
  });

  it('refuses an HTML page served as config.json; transformers.js only logs that, so the error waits in takeErrors', async () => {
    const { store } = newStore();
    hub.setFault(`${MODEL}/resolve/main/config.json`, 'html');
    try {
      // hub.js catches the rejected put (logger.warn) and parses the page it read: a SyntaxError.
      await expect(load(store)).rejects.toThrow(SyntaxError);
    } finally {
      hub.setFault(`${MODEL}/resolve/main/config.json`, null);
    }
    expect(store.takeErrors()).toMatchObject([
      { name: 'CorruptDownloadError', file: 'config.json', reason: 'html' },
    ]);
    expect(await store.has(cacheKeyFor(source, MODEL, 'main', 'config.json'))).toBe(false);
    expect(await load(store)).toContain('config.json');
  });
});
