import { describe, expect, it } from 'vitest';
import type { ModelSource } from '../../src/shared/protocol/index.ts';
import { deleteAll, deleteCachedModel, dtypeOfFile, listCachedModels } from './inventory.ts';
import { cacheKeyFor } from './keys.ts';
import { MemoryCacheStorage } from './memory-cache-storage.ts';
import { createModelStore } from './model-store.ts';
import { MODEL_CACHE_NAME } from './storage.ts';
import { fileResponse, ONNX_BYTES } from './test-responses.ts';

const HF: ModelSource = { kind: 'hub', location: 'https://huggingface.co' };
const MIRROR: ModelSource = { kind: 'hub', location: 'https://mirror.example/hf/' };
const LOCAL: ModelSource = { kind: 'local', location: '/models/' };

const onnx = (extra: number) => fileResponse(Uint8Array.from([...ONNX_BYTES, ...new Uint8Array(extra)]));

/** Four models: t5 at two revisions on the Hub, t5 on a mirror, one local model. */
async function filledStorage() {
  const storage = new MemoryCacheStorage();
  let clock = 0;
  const store = createModelStore({ storage, now: () => clock, lastUsedIntervalMs: 100 });
  const put = async (
    source: ModelSource,
    model: string,
    revision: string,
    file: string,
    response: Response,
    at: number,
  ) => {
    clock = at;
    store.setSource(source);
    await store.put(cacheKeyFor(source, model, revision, file), response);
  };
  await put(HF, 'org/t5', 'main', 'config.json', fileResponse('{"a":1}'), 100);
  await put(HF, 'org/t5', 'main', 'onnx/encoder_model_quantized.onnx', onnx(6), 200);
  await put(HF, 'org/t5', 'main', 'onnx/decoder_model_merged_q4f16.onnx', onnx(16), 300);
  await put(HF, 'org/t5', 'refs/pr/1', 'config.json', fileResponse('{}'), 400);
  await put(MIRROR, 'org/t5', 'main', 'onnx/encoder_model.onnx', onnx(0), 50);
  await put(LOCAL, 'org/local', 'main', 'onnx/model_fp16.onnx', onnx(1), 500);
  clock = 900;
  store.setSource(HF);
  await store.match(cacheKeyFor(HF, 'org/t5', 'main', 'config.json')); // used after its last put
  return storage;
}

describe('dtypeOfFile', () => {
  it.each([
    ['onnx/model.onnx', 'fp32'],
    ['onnx/model_quantized.onnx', 'q8'],
    ['onnx/model_fp16.onnx', 'fp16'],
    ['onnx/model_int8.onnx', 'int8'],
    ['onnx/model_uint8.onnx', 'uint8'],
    ['onnx/model_q4.onnx', 'q4'],
    ['onnx/model_q4f16.onnx', 'q4f16'],
    ['onnx/model_bnb4.onnx', 'bnb4'],
    ['onnx/model_q4f16.onnx_data', 'q4f16'],
    ['onnx/model.onnx_data_1', 'fp32'],
    ['config.json', null],
  ])('%s → %s', (file, dtype) => {
    expect(dtypeOfFile(file)).toBe(dtype);
  });
});

describe('listCachedModels', () => {
  it('groups by host, model and revision with sizes, dtypes and last use', async () => {
    const models = await listCachedModels(await filledStorage());
    const summary = models.map((m) => [
      m.host,
      m.model,
      m.revision,
      m.files.length,
      m.totalBytes,
      m.dtypes,
      m.lastUsed,
    ]);
    expect(summary).toEqual([
      ['https://huggingface.co', 'org/t5', 'main', 3, 7 + 20 + 30, ['q4f16', 'q8'], 900],
      ['local', 'org/local', null, 1, 15, ['fp16'], 500],
      ['https://huggingface.co', 'org/t5', 'refs/pr/1', 1, 2, [], 400],
      ['https://mirror.example/hf', 'org/t5', 'main', 1, 14, ['fp32'], 50],
    ]);
    expect(models[0]?.files.map((f) => [f.file, f.bytes, f.dtype, f.storedAt, f.lastUsed])).toEqual([
      ['config.json', 7, null, 100, 900],
      ['onnx/decoder_model_merged_q4f16.onnx', 30, 'q4f16', 300, 300],
      ['onnx/encoder_model_quantized.onnx', 20, 'q8', 200, 200],
    ]);
  });

  it('parses keys of entries stored without metadata', async () => {
    const storage = new MemoryCacheStorage();
    const files = await storage.open(MODEL_CACHE_NAME);
    const raw = new Response('{}', { headers: { 'content-length': '2' } });
    await files.put('https://mirror.example/hf/org/name/resolve/refs%2Fpr%2F2/config.json', raw);
    await files.put('http://localhost:5173/assets/ort-wasm-simd-threaded.jsep.wasm', new Response('x'));
    const models = await listCachedModels(storage);
    expect(models).toMatchObject([
      { host: 'https://mirror.example/hf', model: 'org/name', revision: 'refs/pr/2', totalBytes: 2 },
    ]);
  });

  it('is empty for an empty store', async () => {
    expect(await listCachedModels(new MemoryCacheStorage())).toEqual([]);
  });
});

describe('deleting', () => {
  it('deletes one model at one revision and leaves the rest', async () => {
    const storage = await filledStorage();
    const deleted = await deleteCachedModel(storage, {
      host: 'https://huggingface.co/',
      model: 'org/t5',
      revision: 'main',
    });
    expect(deleted).toBe(3);
    const left = (await listCachedModels(storage)).map((m) => `${m.host} ${m.model}@${m.revision}`);
    expect(left).toEqual([
      'local org/local@null',
      'https://huggingface.co org/t5@refs/pr/1',
      'https://mirror.example/hf org/t5@main',
    ]);
    const lastUsed = await storage.open(`${MODEL_CACHE_NAME}-last-used`);
    expect(await lastUsed.keys()).toHaveLength(3);
  });

  it('deletes a local model', async () => {
    const storage = await filledStorage();
    expect(await deleteCachedModel(storage, { host: 'local', model: 'org/local', revision: null })).toBe(1);
  });

  it('deletes everything', async () => {
    const storage = await filledStorage();
    await deleteAll(storage);
    expect(await listCachedModels(storage)).toEqual([]);
    expect(storage.usedBytes()).toBe(0);
  });
});
