import { describe, expect, it } from 'vitest';
import type { FromWorker, GeneratedToken, SummarizeJob } from '../../src/shared/protocol/index.ts';
import { DEFAULT_FAKE_SPEC, FakeStepModel } from '../generation/testing/fake-step-model.ts';
import type { Seq2SeqBundle, TextTokenizer } from '../runtime/runtime-types.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';
import { fakeTokenizer } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';

/** Each character is a token (its code point mod 16); decode writes tokens as letters. */
const tokenizer: TextTokenizer = {
  modelMaxLength: 8,
  raw: fakeTokenizer(),
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
  const models: FakeStepModel[] = [];
  const runtime = fakeRuntime({
    async seq2seq(_request, onProgress) {
      onProgress({ status: 'initiate', file: 'onnx/encoder_model_quantized.onnx' });
      onProgress({ status: 'progress', file: 'onnx/encoder_model_quantized.onnx', loaded: 50, total: 100 });
      onProgress({ status: 'done', file: 'onnx/encoder_model_quantized.onnx' });
      const bundle: Seq2SeqBundle = {
        device: 'wasm',
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
  });
  return { ...taskHarness(runtime), models };
}

const job = (over: Partial<SummarizeJob> = {}): SummarizeJob => ({
  kind: 'summarize',
  model: 'org/model',
  text: 'hello world',
  generation: {},
  ...over,
});

const tokensOf = (events: FromWorker[]): GeneratedToken[] =>
  events.flatMap((e) => (e.type === 'tokens' ? e.tokens : []));

describe('the summarize task', () => {
  it('emits runtime, progress, the tokenized prompt with its prefix, each token, then the result', async () => {
    const h = setup();
    const end = await h.run(job(), { jobId: 'j1' });
    expect(h.runtime.loads).toEqual([
      {
        kind: 'seq2seq',
        model: 'org/model',
        source: { kind: 'hub', location: 'http://hub.test' },
        device: 'wasm',
        dtype: 'q8',
      },
    ]);
    const events = h.eventsOf('j1');
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['runtime', 'status', 'progress']);
    expect(types.at(-1)).toBe('done');

    const tokenized = events.find((e) => e.type === 'tokenized');
    // "sum: " + text, truncated to the tokenizer's model_max_length of 8.
    expect(tokenized?.type === 'tokenized' && tokenized.ids).toEqual(
      [...'sum: hel'].map((c) => (c.codePointAt(0) ?? 0) % 16),
    );

    const tokens = tokensOf(events);
    if (end.type !== 'done' || end.result.kind !== 'summarize') throw new Error('no summary');
    // Streamed ids are the result's generated ids (the decoder start token is not shown); the
    // result carries the same tokens, and streamed text adds up to the result.
    expect(tokens.map((t) => t.id)).toEqual(end.result.tokenIds);
    expect(end.result.tokens).toEqual(tokens);
    expect(end.result.sequences[0]?.tokenIds).toEqual(end.result.tokenIds);
    expect(end.result.prompt).toBe('sum: hello world');
    for (const t of tokens) {
      expect(t.alternatives.length).toBeGreaterThan(1);
      expect(t.alternatives[0]?.probability).toBeGreaterThanOrEqual(t.alternatives[1]?.probability ?? 0);
      expect(t.probability).toBeGreaterThan(0);
    }
    expect(tokens.map((t) => t.text).join('')).toBe(end.result.text);
    expect(end.result.tokenIds.length).toBeLessThanOrEqual(6);
  });

  it('after a beam search the result still has every token with its probability and alternatives', async () => {
    const h = setup();
    const end = await h.run(job({ generation: { num_beams: 3, max_length: 6 } }));
    if (end.type !== 'done' || end.result.kind !== 'summarize') throw new Error('no summary');
    expect(tokensOf(h.events)).toEqual([]); // beams stream steps, not tokens
    expect(end.result.tokens.map((t) => t.id)).toEqual(end.result.tokenIds);
    expect(end.result.tokens.map((t) => t.text).join('')).toBe(end.result.text);
    for (const t of end.result.tokens) {
      expect(t.probability).toBeGreaterThan(0);
      expect(t.alternatives.map((a) => a.id)).toContain(t.id);
    }
  });

  it('refuses empty text with a specific message', async () => {
    const h = setup();
    expect(await h.run(job({ text: '  \n ' }), { jobId: 'j1' })).toEqual({
      type: 'error',
      jobId: 'j1',
      error: {
        code: 'empty-input',
        message: expect.stringContaining('no text to summarize'),
        retryable: false,
      },
    });
    expect(h.runtime.loads).toEqual([]);
  });

  it.each([
    ['', 'empty-input', 'Enter a model id, for example "Xenova/distilbart-cnn-6-6".'],
    [
      '../../etc/passwd',
      'model-not-found',
      '"../../etc/passwd" is not a model id. Use the form org/name, for example "Xenova/distilbart-cnn-6-6".',
    ],
  ])('answers the model id %j with a specific message, before loading', async (model, code, text) => {
    const h = setup();
    expect(await h.run(job({ model }), { jobId: 'j1' })).toEqual({
      type: 'error',
      jobId: 'j1',
      error: { code, message: text, retryable: false },
    });
    expect(h.runtime.loads).toEqual([]);
  });

  it('names a combination of settings that does not work, as Python refuses it', async () => {
    const h = setup();
    expect(await h.run(job({ generation: { num_beams: 2, num_return_sequences: 3 } }))).toMatchObject({
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
    const h = setup();
    const ended = h.run(job({ generation: { num_beams: 1, min_length: 2000, max_length: 2000 } }), {
      jobId: 'j1',
    });
    while (!h.events.some((e) => e.type === 'tokens')) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    // Counted when the cancel is handled: a loaded machine runs more steps before the timer fires.
    const callsAtCancel = h.models[0]?.callRows.length ?? 0;
    h.host.handle({ type: 'cancel', jobId: 'j1' });
    expect(await ended).toEqual({ type: 'cancelled', jobId: 'j1' });
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(h.models[0]?.callRows.length ?? 0).toBeLessThanOrEqual(callsAtCancel + 3);
    expect(h.host.running).toEqual([]);
  });

  it('loads a model once for two jobs', async () => {
    const h = setup();
    await h.run(job({ text: 'first' }));
    expect((await h.run(job({ text: 'second' }))).type).toBe('done');
    expect(h.runtime.loads).toHaveLength(1);
  });

  it('two jobs that share one load both see its progress', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runtime = fakeRuntime({
      async seq2seq(_request, onProgress) {
        onProgress({ status: 'initiate', file: 'onnx/encoder_model_quantized.onnx' });
        onProgress({ status: 'progress', file: 'onnx/encoder_model_quantized.onnx', loaded: 40, total: 100 });
        await gate;
        onProgress({
          status: 'progress',
          file: 'onnx/encoder_model_quantized.onnx',
          loaded: 100,
          total: 100,
        });
        onProgress({ status: 'done', file: 'onnx/encoder_model_quantized.onnx' });
        return {
          device: 'wasm',
          tokenizer,
          config: {},
          generationConfig: { decoder_start_token_id: 0, eos_token_id: 1, max_length: 4 },
          createStepModel: () => new FakeStepModel(DEFAULT_FAKE_SPEC),
          dispose: async () => undefined,
        };
      },
    });
    // A clock that moves 1 s per reading, so progress is never throttled away.
    let clock = 0;
    const h = taskHarness(runtime, { now: () => (clock += 1000) });
    const first = h.run(job(), { jobId: 'a' });
    await new Promise((r) => setTimeout(r, 0));
    const second = h.run(job({ text: 'other' }), { jobId: 'b' });
    await new Promise((r) => setTimeout(r, 0));
    release();
    await Promise.all([first, second]);
    expect(runtime.loads).toHaveLength(1);
    for (const id of ['a', 'b']) {
      const progress = h.eventsOf(id).flatMap((e) => (e.type === 'progress' ? [e.loaded] : []));
      // The second job joined mid-load: it still sees the 40 bytes so far, then the rest.
      expect(progress).toContain(40);
      expect(progress.at(-1)).toBe(100);
    }
  });

  it('q8 weights that cannot make a session ask the client for fp32; the retry runs and says it fell back', async () => {
    const h = setup();
    const failed = await h.run(job(), { jobId: 'q8', options: { faults: ['q8-session'] } });
    expect(failed).toMatchObject({ type: 'error', error: { code: 'dtype-failed', retryable: true } });
    expect(failed.type === 'error' && failed.error.details).toContain('Missing required scale');
    expect(h.runtime.loads).toEqual([]);

    const retried = await h.run(job(), {
      jobId: 'fp32',
      runtime: { device: 'auto', dtype: 'fp32' },
      options: { faults: ['q8-session'], fallbackFrom: { from: 'q8', reason: 'q8 failed.' } },
    });
    expect(retried.type).toBe('done');
    expect(h.runtime.loads.map((l) => l.dtype)).toEqual(['fp32']);
    expect(h.eventsOf('fp32').find((e) => e.type === 'runtime')).toMatchObject({
      runtime: { device: 'wasm', dtype: 'fp32', fellBack: true, reason: 'q8 failed.' },
    });
  });
});
