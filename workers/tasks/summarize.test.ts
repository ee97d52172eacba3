import { describe, expect, it } from 'vitest';
import type { Capabilities, FromWorker } from '../../src/shared/protocol.ts';
import { classifyError } from '../error-classifier.ts';
import { DEFAULT_FAKE_SPEC, FakeStepModel } from '../generation/testing/fake-step-model.ts';
import { MessageHost, type RunMessage } from '../message-host.ts';
import { ModelCache } from '../model-cache.ts';
import type { InferenceRuntime, LoadRequest, Seq2SeqBundle, TextTokenizer } from '../runtime-types.ts';
import { runSummarize } from './summarize.ts';

const cpu: Capabilities = {
  webgpu: false,
  adapter: null,
  shaderF16: false,
  crossOriginIsolated: false,
  hardwareConcurrency: 2,
  wasmThreads: 1,
};

/** Each character is a token (its code point mod 16); decode writes tokens as letters. */
const tokenizer: TextTokenizer = {
  modelMaxLength: 8,
  encode(text, { maxLength }) {
    const all = [...text].map((c) => (c.codePointAt(0) ?? 0) % 16);
    const ids = all.slice(0, maxLength);
    return {
      ids,
      tokens: ids.map(String),
      attentionMask: ids.map(() => 1),
      truncated: all.length - ids.length,
    };
  },
  decode(ids, { skipSpecialTokens }) {
    return ids
      .filter((id) => !skipSpecialTokens || id > 1)
      .map((id) => String.fromCharCode(97 + id))
      .join('');
  },
};

function setup() {
  const loads: LoadRequest[] = [];
  const models: FakeStepModel[] = [];
  const runtime: InferenceRuntime = {
    probeCapabilities: async () => cpu,
    loadTokenizer: async () => {
      throw new Error('not used by summarize');
    },
    async loadSeq2Seq(request, onProgress) {
      loads.push(request);
      onProgress({ status: 'initiate', file: 'onnx/encoder_model_quantized.onnx' });
      onProgress({ status: 'progress', file: 'onnx/encoder_model_quantized.onnx', loaded: 50, total: 100 });
      onProgress({ status: 'done', file: 'onnx/encoder_model_quantized.onnx' });
      const bundle: Seq2SeqBundle = {
        tokenizer,
        config: { task_specific_params: { summarization: { prefix: 'sum: ', num_beams: 1, max_length: 6 } } },
        generationConfig: { decoder_start_token_id: 0, eos_token_id: 1 },
        createStepModel: () => {
          const model = new FakeStepModel(DEFAULT_FAKE_SPEC);
          models.push(model);
          return model;
        },
        dispose: async () => undefined,
      };
      return bundle;
    },
  };
  const deps = {
    runtime,
    seq2seq: new ModelCache<Seq2SeqBundle>(),
    capabilities: async () => cpu,
    now: () => 0,
  };
  const events: FromWorker[] = [];
  const host = new MessageHost(
    (e) => events.push(e),
    (message, ctx) => {
      if (message.job.kind !== 'summarize') throw new Error('summarize jobs only');
      return runSummarize(message.job, message, ctx, deps);
    },
    (error, message) =>
      classifyError(error, {
        model: 'org/model',
        source: message.source,
        device: 'wasm',
        online: true,
      }),
  );
  return { host, events, loads, models };
}

function run(text: string, jobId = 'j1'): RunMessage {
  return {
    type: 'run',
    jobId,
    job: { kind: 'summarize', model: 'org/model', text, generation: {} },
    runtime: { device: 'auto', dtype: 'auto' },
    source: { kind: 'hub', location: 'http://h' },
  };
}

async function settle(events: FromWorker[]) {
  for (let i = 0; i < 50 && !events.some((e) => e.type === 'done' || e.type === 'error'); i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe('runSummarize', () => {
  it('emits runtime, progress, the tokenized prompt with its prefix, each token, then the result', async () => {
    const { host, events, loads } = setup();
    host.handle(run('hello world'));
    await settle(events);
    expect(loads).toEqual([
      { model: 'org/model', source: { kind: 'hub', location: 'http://h' }, device: 'wasm', dtype: 'q8' },
    ]);
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['runtime', 'status', 'progress']);
    expect(types.at(-1)).toBe('done');

    const tokenized = events.find((e) => e.type === 'tokenized');
    // "sum: " + text, truncated to the tokenizer's model_max_length of 8.
    expect(tokenized?.type === 'tokenized' && tokenized.ids).toEqual(
      [...'sum: hel'].map((c) => (c.codePointAt(0) ?? 0) % 16),
    );

    const tokens = events.flatMap((e) => (e.type === 'tokens' ? e.tokens : []));
    const done = events.at(-1);
    if (done?.type !== 'done' || done.result.kind !== 'summarize') throw new Error('no summary');
    // Streamed ids are the result's generated ids (the decoder start token is not shown);
    // streamed text adds up to the result.
    expect(tokens.map((t) => t.id)).toEqual(done.result.tokenIds);
    expect(done.result.sequences[0]?.tokenIds).toEqual(done.result.tokenIds);
    // Each token carries the alternatives it beat, best first, itself among them.
    for (const t of tokens) {
      expect(t.alternatives.length).toBeGreaterThan(1);
      expect(t.alternatives[0]?.probability).toBeGreaterThanOrEqual(t.alternatives[1]?.probability ?? 0);
    }
    expect(tokens.map((t) => t.text).join('')).toBe(done.result.text);
    expect(done.result.tokenIds.length).toBeLessThanOrEqual(6);
    for (const t of tokens) expect(t.probability).toBeGreaterThan(0);
  });

  it('refuses empty text with a specific message', async () => {
    const { host, events, loads } = setup();
    host.handle(run('  \n '));
    await settle(events);
    expect(events).toEqual([
      {
        type: 'error',
        jobId: 'j1',
        error: {
          code: 'empty-input',
          message: expect.stringContaining('no text to summarize'),
          retryable: false,
        },
      },
    ]);
    expect(loads).toEqual([]);
  });

  it.each([
    ['', 'empty-input', 'Enter a model id, for example "Xenova/distilbart-cnn-6-6".'],
    [
      '../../etc/passwd',
      'model-not-found',
      '"../../etc/passwd" is not a model id. Use the form org/name, for example "Xenova/distilbart-cnn-6-6".',
    ],
  ])('answers the model id %j with a specific message, before loading', async (model, code, text) => {
    const { host, events, loads } = setup();
    const message = run('hello world');
    if (message.job.kind !== 'summarize') throw new Error('summarize job expected');
    host.handle({ ...message, job: { ...message.job, model } });
    await settle(events);
    expect(events).toEqual([
      { type: 'error', jobId: 'j1', error: { code, message: text, retryable: false } },
    ]);
    expect(loads).toEqual([]);
  });

  it('names a combination of settings that does not work, as Python refuses it', async () => {
    const { host, events } = setup();
    const message = run('hello world');
    if (message.job.kind !== 'summarize') throw new Error('summarize job expected');
    host.handle({
      ...message,
      job: { ...message.job, generation: { num_beams: 2, num_return_sequences: 3 } },
    });
    await settle(events);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      error: {
        code: 'invalid-settings',
        message: expect.stringContaining('`num_return_sequences` has to be smaller or equal to `num_beams`'),
      },
    });
  });

  it('a cancel that arrives as its own message stops generation within one decoder step', async () => {
    // The fake model answers through promise callbacks only, as onnxruntime-web does: without a
    // yield between steps the cancel message would wait until all 2,000 steps had run.
    const { host, events, models } = setup();
    const message = run('hello world');
    if (message.job.kind !== 'summarize') throw new Error('summarize job expected');
    host.handle({
      ...message,
      job: { ...message.job, generation: { num_beams: 1, min_length: 2000, max_length: 2000 } },
    });
    while (!events.some((e) => e.type === 'tokens')) await new Promise((r) => setTimeout(r, 0));
    const callsAtCancel = models[0]?.callRows.length ?? 0;
    await new Promise((r) => setTimeout(r, 0));
    host.handle({ type: 'cancel', jobId: 'j1' });
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(events.at(-1)).toEqual({ type: 'cancelled', jobId: 'j1' });
    expect(models[0]?.callRows.length ?? 0).toBeLessThanOrEqual(callsAtCancel + 3);
    expect(host.running).toEqual([]);
  });

  it('loads a model once for two jobs', async () => {
    const { host, events, loads } = setup();
    host.handle(run('first', 'a'));
    await settle(events);
    events.length = 0;
    host.handle(run('second', 'b'));
    await settle(events);
    expect(loads).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('done');
  });
});
