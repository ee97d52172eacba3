import { describe, expect, it } from 'vitest';
import type { TokenizeResult } from '../../src/shared/protocol/index.ts';
import {
  fakeTokenizer,
  TEMPLATES,
  type FakeOptions,
} from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS, type TokenizeJob } from '../../src/shared/tokenization/types.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';

const job = (over: Partial<TokenizeJob>): TokenizeJob => ({
  kind: 'tokenize',
  model: 'fake/bert',
  texts: ['a b'],
  pairs: null,
  settings: DEFAULT_SETTINGS,
  ...over,
});

function setup(options: FakeOptions = {}) {
  return taskHarness(fakeRuntime({ tokenizer: async () => fakeTokenizer(options) }));
}

async function tokenized(h: ReturnType<typeof setup>, j: TokenizeJob): Promise<TokenizeResult> {
  const end = await h.run(j);
  if (end.type !== 'done' || end.result.kind !== 'tokenize')
    throw new Error(`no result: ${JSON.stringify(end)}`);
  return end.result;
}

describe('the tokenize task', () => {
  it('encodes, decodes with and without special tokens, and checks the round trip', async () => {
    const h = setup();
    const result = await tokenized(h, job({}));
    expect(h.runtime.loads.map((l) => [l.kind, l.model])).toEqual([['tokenizer', 'fake/bert']]);
    expect(result.outcome.ok && result.outcome.batch.rows[0]?.input_ids).toEqual([1, 10, 11, 2]);
    expect(result.decoded).toEqual([
      { withSpecials: '[CLS] a b [SEP]', skipSpecials: 'a b', roundTrips: true },
    ]);
    expect(result.facts).toMatchObject({
      processor: 'TemplateProcessing',
      specialsSingle: 2,
      specialsPair: 3,
      padToken: '[PAD]',
    });
    // The harness clock moves one tick per reading: load, encode and decode each took one.
    expect(result.timings).toEqual({ loadMs: 1, encodeMs: 1, decodeMs: 1 });
  });

  it('does not claim a round trip for cut rows or pairs', async () => {
    const h = setup({ template: TEMPLATES.t5 });
    const cut = await tokenized(
      h,
      job({ settings: { ...DEFAULT_SETTINGS, truncation: true, max_length: 2 } }),
    );
    const paired = await tokenized(h, job({ pairs: ['c'] }));
    expect(cut.decoded[0]).toEqual({ withSpecials: 'a </s>', skipSpecials: 'a', roundTrips: null });
    expect(paired.decoded[0]?.roundTrips).toBeNull();
  });

  it('returns the settings error without decoding', async () => {
    const h = setup({ padTokenId: null });
    const result = await tokenized(h, job({ settings: { ...DEFAULT_SETTINGS, padding: 'longest' } }));
    expect(result.outcome.ok ? null : result.outcome.error.code).toBe('no-pad-token');
    expect(result.decoded).toEqual([]);
  });

  it.each([
    ['', 'empty-input', 'Enter a model id, for example "Xenova/bert-base-uncased".'],
    [
      '../../etc/passwd',
      'model-not-found',
      '"../../etc/passwd" is not a model id. Use the form org/name, for example "Xenova/bert-base-uncased".',
    ],
    [
      '<img src=x onerror=alert(1)>',
      'model-not-found',
      '"<img src=x onerror=alert(1)>" is not a model id. Use the form org/name, for example "Xenova/bert-base-uncased".',
    ],
  ])('refuses the model id %j before loading anything', async (model, code, message) => {
    const h = setup();
    expect(await h.run(job({ model }), { jobId: 'j' })).toEqual({
      type: 'error',
      jobId: 'j',
      error: { code, message, retryable: false },
    });
    expect(h.runtime.loads).toEqual([]);
  });
});
