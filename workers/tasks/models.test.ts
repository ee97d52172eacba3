import { describe, expect, it } from 'vitest';
import type { PrefetchJob } from '../../src/shared/model-inventory.ts';
import type { FromWorker } from '../../src/shared/protocol.ts';
import { fakeTokenizer } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import { MessageHost } from '../message-host.ts';
import { classifyError } from '../error-classifier.ts';
import type { InferenceRuntime } from '../runtime-types.ts';
import { MemoryCacheStorage } from '../model-store/memory-cache-storage.ts';
import { prefetchModels, type ModelsDeps } from './models.ts';

const config = JSON.stringify({ model_type: 't5', is_encoder_decoder: true });
const sizes: Record<string, number> = {
  'config.json': config.length,
  'tokenizer.json': 3000,
  'tokenizer_config.json': 200,
  'onnx/encoder_model_quantized.onnx': 400_000,
  'onnx/decoder_model_merged_quantized.onnx': 600_000,
};

/** A host in the Hub's layout that answers config.json and HEADs with sizes. */
async function fakeHub(url: string, init?: RequestInit): Promise<Response> {
  const file = url.split('/resolve/main/')[1] ?? '';
  const size = sizes[file];
  if (size === undefined) return new Response('Entry not found', { status: 404 });
  if (init?.method === 'HEAD') return new Response(null, { headers: { 'content-length': String(size) } });
  return new Response(config, { headers: { 'content-type': 'application/json' } });
}

function setup(free: number, fetch: ModelsDeps['fetch'] = fakeHub) {
  const loads: string[] = [];
  const runtime: InferenceRuntime = {
    probeCapabilities: async () => ({
      webgpu: false,
      adapter: null,
      shaderF16: false,
      crossOriginIsolated: false,
      hardwareConcurrency: 2,
      wasmThreads: 1,
    }),
    loadSeq2Seq: async (request) => {
      loads.push(`${request.model}:${request.dtype}`);
      return {
        tokenizer: {
          modelMaxLength: 512,
          encode: () => ({ ids: [], tokens: [], attentionMask: [], truncated: 0 }),
          decode: () => '',
        },
        config: {},
        generationConfig: {},
        createStepModel: () => {
          throw new Error('unused');
        },
        dispose: async () => undefined,
      };
    },
    loadTokenizer: async (request) => {
      loads.push(`tokenizer ${request.model}`);
      return fakeTokenizer();
    },
  };
  const deps: ModelsDeps = {
    storage: new MemoryCacheStorage(),
    runtime,
    capabilities: runtime.probeCapabilities,
    estimate: async () => ({ usage: 1_000_000, quota: 1_000_000 + free, persisted: false }),
    fetch,
  };
  const events: FromWorker[] = [];
  const host = new MessageHost(
    (e) => events.push(e),
    async (message, ctx) => {
      if (message.job.kind !== 'prefetch') throw new Error('prefetch only');
      return prefetchModels(message.job, message.source, message.runtime, ctx, deps);
    },
    (error, message) =>
      classifyError(error, { model: 'org/m', source: message.source, device: 'wasm', online: true }),
  );
  const run = (models: PrefetchJob['models'] = [{ model: 'org/m', task: 'summarization' }]) =>
    host.handle({
      type: 'run',
      jobId: 'p',
      job: { kind: 'prefetch', models },
      runtime: { device: 'auto', dtype: 'auto' },
      source: { kind: 'hub', location: 'http://hub.test' },
    });
  return { events, loads, run };
}

async function settle(events: FromWorker[]) {
  for (let i = 0; i < 100 && !events.some((e) => e.type === 'done' || e.type === 'error'); i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
}

const total = Object.values(sizes).reduce((a, b) => a + b, 0);

describe('prefetchModels', () => {
  it('announces the files and total size for the policy dtype before downloading, then loads', async () => {
    const { events, loads, run } = setup(10_000_000);
    run();
    await settle(events);
    const plan = events.find((e) => e.type === 'plan');
    expect(plan).toMatchObject({ model: 'org/m', totalBytes: total });
    expect(plan?.type === 'plan' && plan.files.map((f) => f.file)).toContain(
      'onnx/encoder_model_quantized.onnx',
    );
    expect(loads).toEqual(['org/m:q8']);
    expect(events.at(-1)).toMatchObject({
      type: 'done',
      result: { kind: 'prefetch', planned: [{ model: 'org/m', bytes: total, files: 5 }] },
    });
  });

  it('refuses before downloading anything when the free storage is too small', async () => {
    const { events, loads, run } = setup(total - 1);
    run();
    await settle(events);
    expect(loads).toEqual([]);
    const error = events.at(-1);
    expect(error).toMatchObject({ type: 'error', error: { code: 'quota-exceeded' } });
    expect(error?.type === 'error' && error.error.message).toMatch(/need .* but only .* is free/);
  });

  it('stores a bundled tokenizer when the host is unreachable, and the error names only the hub model', async () => {
    const unreachable = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { events, loads, run } = setup(10_000_000, unreachable);
    run([
      { model: 'org/m', task: 'summarization' },
      { model: 'bundled/qwen3', task: 'tokenizer' },
    ]);
    await settle(events);
    expect(loads).toEqual(['tokenizer bundled/qwen3']);
    const error = events.at(-1);
    if (error?.type !== 'error') throw new Error('expected an error');
    expect(error.error.code).toBe('network');
    expect(error.error.message).toContain('"org/m"');
    expect(error.error.message).toContain('Stored for offline use anyway: bundled/qwen3.');
    expect(error.error.message.split('bundled/qwen3')).toHaveLength(2); // named once, as stored
  });
});
