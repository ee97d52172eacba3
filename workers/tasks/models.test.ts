import { describe, expect, it } from 'vitest';
import type { PrefetchJob } from '../../src/shared/protocol/index.ts';
import { fakeTokenizer } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import type { RunnerEnvironment } from '../job-runner.ts';
import { MemoryCacheStorage } from '../model-store/memory-cache-storage.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';

const config = JSON.stringify({ model_type: 't5', is_encoder_decoder: true });
const sizes: Record<string, number> = {
  'config.json': config.length,
  'tokenizer.json': 3000,
  'tokenizer_config.json': 200,
  'onnx/encoder_model_quantized.onnx': 400_000,
  'onnx/decoder_model_merged_quantized.onnx': 600_000,
  'onnx/encoder_model_q4.onnx': 150_000,
  'onnx/decoder_model_merged_q4.onnx': 250_000,
};

/** A host in the Hub's layout that answers config.json and HEADs with sizes. */
async function fakeHub(url: string, init?: RequestInit): Promise<Response> {
  const file = url.split('/resolve/main/')[1] ?? '';
  const size = sizes[file];
  if (size === undefined) return new Response('Entry not found', { status: 404 });
  if (init?.method === 'HEAD') return new Response(null, { headers: { 'content-length': String(size) } });
  return new Response(config, { headers: { 'content-type': 'application/json' } });
}

function setup(free: number, fetch: RunnerEnvironment['fetch'] = fakeHub) {
  const runtime = fakeRuntime({
    seq2seq: async () => ({
      device: 'wasm',
      tokenizer: {
        modelMaxLength: 512,
        raw: fakeTokenizer(),
        encode: () => ({ ids: [], tokens: [], attentionMask: [], truncated: 0 }),
        decode: () => '',
      },
      config: {},
      generationConfig: {},
      createStepModel: () => {
        throw new Error('unused');
      },
      dispose: async () => undefined,
    }),
    tokenizer: async () => fakeTokenizer(),
  });
  const h = taskHarness(runtime, {
    storage: new MemoryCacheStorage(),
    estimate: async () => ({ usage: 1_000_000, quota: 1_000_000 + free, persisted: false }),
    fetch,
  });
  const loads = () =>
    runtime.loads.map((l) => (l.kind === 'tokenizer' ? `tokenizer ${l.model}` : `${l.model}:${l.dtype}`));
  const run = (models: PrefetchJob['models'] = [{ model: 'org/m', kind: 'seq2seq' }]) =>
    h.run({ kind: 'prefetch', models }, { jobId: 'p' });
  return { events: h.events, loads, run };
}

const total = Object.entries(sizes)
  .filter(([file]) => !file.includes('_q4'))
  .reduce((a, [, b]) => a + b, 0);

describe('prefetchModels', () => {
  it('announces the files and total size for the policy dtype before downloading, then loads', async () => {
    const { events, loads, run } = setup(10_000_000);
    await run();
    const plan = events.find((e) => e.type === 'plan');
    expect(plan).toMatchObject({ model: 'org/m', totalBytes: total });
    expect(plan?.type === 'plan' && plan.files.map((f) => f.file)).toContain(
      'onnx/encoder_model_quantized.onnx',
    );
    expect(loads()).toEqual(['org/m:q8']);
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      result: { kind: 'prefetch', planned: [{ model: 'org/m', bytes: total, files: 5 }] },
    });
  });

  it('plans and loads the dtype a view fixes for its model (a repo without q8) instead of the policy’s', async () => {
    const { events, loads, run } = setup(10_000_000);
    await run([{ model: 'org/m', kind: 'seq2seq', dtype: 'q4' }]);
    const plan = events.find((e) => e.type === 'plan');
    const files = plan?.type === 'plan' ? plan.files.map((f) => f.file) : [];
    expect(files).toContain('onnx/decoder_model_merged_q4.onnx');
    expect(files).not.toContain('onnx/decoder_model_merged_quantized.onnx');
    expect(loads()).toEqual(['org/m:q4']);
  });

  it('refuses before downloading anything when the free storage is too small', async () => {
    const { events, loads, run } = setup(total - 1);
    await run();
    expect(loads()).toEqual([]);
    const error = events.at(-1);
    expect(error).toMatchObject({ type: 'error', error: { code: 'quota-exceeded' } });
    expect(error?.type === 'error' && error.error.message).toMatch(/need .* but only .* is free/);
  });

  it('stores a bundled tokenizer when the host is unreachable, and the error names only the hub model', async () => {
    const unreachable = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { events, loads, run } = setup(10_000_000, unreachable);
    await run([
      { model: 'org/m', kind: 'seq2seq' },
      { model: 'bundled/qwen3', kind: 'tokenizer' },
    ]);
    expect(loads()).toEqual(['tokenizer bundled/qwen3']);
    const error = events.at(-1);
    if (error?.type !== 'error') throw new Error('expected an error');
    expect(error.error.code).toBe('network');
    expect(error.error.message).toContain('"org/m"');
    expect(error.error.message).toContain('Stored for offline use anyway: bundled/qwen3.');
    expect(error.error.message.split('bundled/qwen3')).toHaveLength(2); // named once, as stored
  });
});
