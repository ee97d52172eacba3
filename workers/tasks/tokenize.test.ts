import { describe, expect, it } from 'vitest';
import { fakeTokenizer, TEMPLATES } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS, type TokenizeJob } from '../../src/shared/tokenization/types.ts';
import { JobFailure } from '../error-classifier.ts';
import { runTokenize } from './tokenize.ts';

function clock(step: number) {
  let t = 0;
  return () => (t += step);
}

const job = (over: Partial<TokenizeJob>): TokenizeJob => ({
  kind: 'tokenize',
  model: 'fake/bert',
  texts: ['a b'],
  pairs: null,
  settings: DEFAULT_SETTINGS,
  ...over,
});

describe('runTokenize', () => {
  it('encodes, decodes with and without special tokens, and checks the round trip', async () => {
    const raw = fakeTokenizer();
    const loaded: string[] = [];
    const result = await runTokenize(job({}), {
      getTokenizer: (model) => {
        loaded.push(model);
        return Promise.resolve(raw);
      },
      now: clock(5),
    });
    expect(loaded).toEqual(['fake/bert']);
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
    expect(result.timings).toEqual({ loadMs: 5, encodeMs: 5, decodeMs: 5 });
  });

  it('does not claim a round trip for cut rows or pairs', async () => {
    const deps = {
      getTokenizer: () => Promise.resolve(fakeTokenizer({ template: TEMPLATES.t5 })),
      now: clock(1),
    };
    const cut = await runTokenize(
      job({ settings: { ...DEFAULT_SETTINGS, truncation: true, max_length: 2 } }),
      deps,
    );
    const paired = await runTokenize(job({ pairs: ['c'] }), deps);
    expect(cut.decoded[0]).toEqual({ withSpecials: 'a </s>', skipSpecials: 'a', roundTrips: null });
    expect(paired.decoded[0]?.roundTrips).toBeNull();
  });

  it('returns the settings error without decoding', async () => {
    const result = await runTokenize(job({ settings: { ...DEFAULT_SETTINGS, padding: 'longest' } }), {
      getTokenizer: () => Promise.resolve(fakeTokenizer({ padTokenId: null })),
      now: clock(1),
    });
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
    const loaded: string[] = [];
    const failure = await runTokenize(job({ model }), {
      getTokenizer: (m) => {
        loaded.push(m);
        return Promise.resolve(fakeTokenizer());
      },
      now: clock(1),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(JobFailure);
    expect(failure instanceof JobFailure && failure.jobError).toEqual({ code, message, retryable: false });
    expect(loaded).toEqual([]);
  });
});
