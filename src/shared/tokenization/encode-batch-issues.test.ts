import { describe, expect, it } from 'vitest';
import { encodeBatch } from './encode-batch.ts';
import { CLS, fakeTokenizer, PAD, SEP, TEMPLATES } from './testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS, type BatchOutcome, type EncodedBatch, type TokenizerSettings } from './types.ts';

// Fake ids: a=10 b=11 c=12 d=13 e=14 …; [CLS]=1 [SEP]=2 [PAD]=0.
const settings = (over: Partial<TokenizerSettings>): TokenizerSettings => ({ ...DEFAULT_SETTINGS, ...over });

function batchOf(outcome: BatchOutcome): EncodedBatch {
  if (!outcome.ok) throw new Error(`expected a batch, got ${outcome.error.message}`);
  return outcome.batch;
}

const ids = (outcome: BatchOutcome) => batchOf(outcome).rows.map((r) => r.input_ids);

describe('encodeBatch: errors and warnings', () => {
  const codes = (outcome: BatchOutcome) =>
    (outcome.ok ? outcome.batch.warnings : outcome.warnings).map((w) => w.code);
  const errorOf = (outcome: BatchOutcome) => (outcome.ok ? null : outcome.error.code);

  it.each([
    [
      'max_length equal to the specials',
      ['a b'],
      null,
      settings({ truncation: true, max_length: 2 }),
      'max-length-too-small',
    ],
    [
      'max_length below the pair specials',
      ['a b'],
      ['c'],
      settings({ truncation: true, max_length: 3 }),
      'max-length-too-small',
    ],
    ['max_length 0', ['a'], null, settings({ max_length: 0 }), 'invalid-max-length'],
    ['fractional max_length', ['a'], null, settings({ max_length: 2.5 }), 'invalid-max-length'],
    ['pairs of another length', ['a', 'b'], ['c'], DEFAULT_SETTINGS, 'pair-count-mismatch'],
  ])('%s is an error', (_name, texts, pairs, s, code) => {
    expect(errorOf(encodeBatch(fakeTokenizer(), texts, pairs, s))).toBe(code);
  });

  it('explains a max_length that leaves no room for text', () => {
    const out = encodeBatch(fakeTokenizer(), ['a b'], null, settings({ truncation: true, max_length: 2 }));
    expect(out.ok ? '' : out.error.message).toMatch(
      /max_length=2 leaves no room for text.*adds 2 special tokens.*at least 3/,
    );
  });

  it('accepts a max_length equal to the specials when nothing needs cutting', () => {
    expect(
      ids(encodeBatch(fakeTokenizer(), [''], null, settings({ truncation: true, max_length: 2 }))),
    ).toEqual([[CLS, SEP]]);
  });

  it('refuses to pad without a pad token, like Python, even when no row needs padding', () => {
    const out = encodeBatch(
      fakeTokenizer({ padTokenId: null }),
      ['a'],
      null,
      settings({ padding: 'longest' }),
    );
    expect(errorOf(out)).toBe('no-pad-token');
  });

  it('refuses a pair when the template has none', () => {
    expect(
      errorOf(encodeBatch(fakeTokenizer({ template: TEMPLATES.singleOnly }), ['a'], ['b'], DEFAULT_SETTINGS)),
    ).toBe('pair-unsupported');
  });

  it('warns that max_length without truncation is ignored', () => {
    expect(codes(encodeBatch(fakeTokenizer(), ['a'], null, settings({ max_length: 3 })))).toEqual([
      'max-length-ignored',
    ]);
  });

  it('falls back to model_max_length for truncation and padding', () => {
    const raw = fakeTokenizer({ modelMaxLength: 4 });
    expect(ids(encodeBatch(raw, ['a b c d e'], null, settings({ truncation: true })))).toEqual([
      [CLS, 10, 11, SEP],
    ]);
    expect(ids(encodeBatch(raw, ['a'], null, settings({ padding: 'max_length' })))).toEqual([
      [CLS, 10, SEP, PAD],
    ]);
  });

  it('neither truncates nor pads to a model_max_length that is not set', () => {
    const raw = fakeTokenizer({ modelMaxLength: null });
    const out = encodeBatch(raw, ['a b c'], null, settings({ truncation: true, padding: 'max_length' }));
    expect(ids(out)).toEqual([[CLS, 10, 11, 12, SEP]]);
    expect(codes(out)).toEqual(['no-model-max-length', 'no-model-max-length']);
  });

  it('flags ragged batches (not a tensor) and rows longer than the model accepts', () => {
    const out = batchOf(
      encodeBatch(fakeTokenizer({ modelMaxLength: 4 }), ['a b c', 'a'], null, DEFAULT_SETTINGS),
    );
    expect(out.shape).toBeNull();
    expect(out.warnings.map((w) => [w.code, w.row])).toEqual([
      ['longer-than-model', 0],
      ['ragged-batch', undefined],
    ]);
  });

  it('leaves rows longer than the padding length as they are', () => {
    const out = batchOf(
      encodeBatch(fakeTokenizer(), ['a b c', 'a'], null, settings({ padding: 'max_length', max_length: 4 })),
    );
    expect(out.rows.map((r) => r.input_ids)).toEqual([
      [CLS, 10, 11, 12, SEP],
      [CLS, 10, SEP, PAD],
    ]);
    expect(out.warnings.map((w) => w.code)).toEqual(['longer-than-max-length', 'ragged-batch']);
  });
});
