import { describe, expect, it } from 'vitest';
import { encodeBatch } from './encode-batch.ts';
import { CLS, EOS, fakeTokenizer, PAD, SEP, TEMPLATES, UNK } from './testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS, type BatchOutcome, type EncodedBatch, type TokenizerSettings } from './types.ts';

// Fake ids: a=10 b=11 c=12 d=13 e=14 … x=33 y=34 z=35, hello=36 world=37 !=38.
const settings = (over: Partial<TokenizerSettings>): TokenizerSettings => ({ ...DEFAULT_SETTINGS, ...over });

function batchOf(outcome: BatchOutcome): EncodedBatch {
  if (!outcome.ok) throw new Error(`expected a batch, got ${outcome.error.message}`);
  return outcome.batch;
}

const ids = (outcome: BatchOutcome) => batchOf(outcome).rows.map((r) => r.input_ids);

describe('encodeBatch: Python semantics on a BERT-like template', () => {
  const bert = fakeTokenizer();

  it.each([
    ['no specials, no padding', ['a b c'], settings({ add_special_tokens: false }), [[10, 11, 12]]],
    ['specials around the text', ['a b c'], settings({}), [[CLS, 10, 11, 12, SEP]]],
    ['empty text keeps the specials', [''], settings({}), [[CLS, SEP]]],
    [
      'truncation keeps [SEP] and cuts the content',
      ['a b c d e'],
      settings({ truncation: true, max_length: 4 }),
      [[CLS, 10, 11, SEP]],
    ],
    [
      'truncation without specials',
      ['a b c d e'],
      settings({ add_special_tokens: false, truncation: true, max_length: 2 }),
      [[10, 11]],
    ],
    [
      'max_length without truncation cuts nothing',
      ['a b c d e'],
      settings({ max_length: 3 }),
      [[CLS, 10, 11, 12, 13, 14, SEP]],
    ],
    [
      'pads right to the longest row',
      ['a b c', 'a'],
      settings({ padding: 'longest' }),
      [
        [CLS, 10, 11, 12, SEP],
        [CLS, 10, SEP, PAD, PAD],
      ],
    ],
    [
      'pads left when asked',
      ['a b c', 'a'],
      settings({ padding: 'longest', padding_side: 'left' }),
      [
        [CLS, 10, 11, 12, SEP],
        [PAD, PAD, CLS, 10, SEP],
      ],
    ],
    [
      'pads to max_length',
      ['a'],
      settings({ padding: 'max_length', max_length: 5 }),
      [[CLS, 10, SEP, PAD, PAD]],
    ],
    [
      'truncates, then pads to the longest truncated row',
      ['a b c d e', 'a'],
      settings({ padding: 'longest', truncation: true, max_length: 4 }),
      [
        [CLS, 10, 11, SEP],
        [CLS, 10, SEP, PAD],
      ],
    ],
  ])('%s', (_name, texts, s, expected) => {
    expect(ids(encodeBatch(bert, texts, null, s))).toEqual(expected);
  });

  it('builds masks and token types with padding (Python: attention 0, type 0, special 1)', () => {
    const [, row] = batchOf(
      encodeBatch(bert, ['a b', 'c'], ['x', 'y'], settings({ padding: 'longest' })),
    ).rows;
    expect(row?.input_ids).toEqual([CLS, 12, SEP, 34, SEP, PAD]);
    expect(row?.attention_mask).toEqual([1, 1, 1, 1, 1, 0]);
    expect(row?.token_type_ids).toEqual([0, 0, 0, 1, 1, 0]);
    expect(row?.special_tokens_mask).toEqual([1, 0, 1, 0, 1, 1]);
    expect(row?.kinds).toEqual(['special', 'text', 'special', 'text', 'special', 'padding']);
    expect(row?.segments).toEqual([null, 0, null, 1, null, null]);
    expect(row?.tokens).toEqual(['[CLS]', 'c', '[SEP]', 'y', '[SEP]', '[PAD]']);
  });

  it('truncates a pair longest_first and keeps every special token', () => {
    const out = batchOf(
      encodeBatch(bert, ['a b c d e'], ['x y'], settings({ truncation: true, max_length: 8 })),
    );
    const row = out.rows[0];
    // Budget 8 - 3 specials = 5: the short pair (2) stays whole, the text keeps 3.
    expect(row?.input_ids).toEqual([CLS, 10, 11, 12, SEP, 33, 34, SEP]);
    expect(row?.token_type_ids).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(row?.cut.first.tokens).toEqual(['d', 'e']);
    expect(row?.cut.second?.tokens).toEqual([]);
    expect(row?.cut.first.spans).toEqual([
      [6, 7],
      [8, 9],
    ]);
  });

  it('splits the budget when both texts are long', () => {
    const out = batchOf(
      encodeBatch(bert, ['a b c d e'], ['v w x y z'], settings({ truncation: true, max_length: 8 })),
    );
    expect(out.rows[0]?.input_ids).toEqual([CLS, 10, 11, SEP, 31, 32, 33, SEP]);
  });

  it('reports the shape, dtype and the lengths it used', () => {
    const out = batchOf(
      encodeBatch(
        bert,
        ['a', 'b c'],
        null,
        settings({ padding: 'longest', truncation: true, max_length: 9 }),
      ),
    );
    expect(out).toMatchObject({
      shape: [2, 4],
      dtype: 'int64',
      padTo: 4,
      truncateTo: 9,
      paddingSide: 'right',
    });
    expect(out.warnings).toEqual([]);
  });

  it('gives an empty batch the shape [0, 0]', () => {
    expect(batchOf(encodeBatch(bert, [], null, DEFAULT_SETTINGS)).shape).toEqual([0, 0]);
  });
});

describe('encodeBatch: other templates and scripts', () => {
  it('keeps a T5-style trailing </s> when truncating', () => {
    const t5 = fakeTokenizer({ template: TEMPLATES.t5, returnsTokenTypeIds: false });
    const row = batchOf(encodeBatch(t5, ['a b c d'], null, settings({ truncation: true, max_length: 3 })))
      .rows[0];
    expect(row?.input_ids).toEqual([10, 11, EOS]);
    expect(row?.token_type_ids).toBeNull();
  });

  it('concatenates a pair when the tokenizer adds no special tokens (type ids 0 then 1)', () => {
    const plain = fakeTokenizer({ template: TEMPLATES.plain });
    expect(batchOf(encodeBatch(plain, ['a'], ['b c'], DEFAULT_SETTINGS)).rows[0]?.token_type_ids).toEqual([
      0, 1, 1,
    ]);
  });

  it.each([
    ['emoji', 'hello 😀!', [36, 43, 38], ['hello', '😀', '!']],
    ['Arabic (right to left)', 'مرحبا world', [39, 37], ['مرحبا', 'world']],
    ['Hebrew (right to left)', 'world שלום', [37, 40], ['world', 'שלום']],
    ['CJK without spaces', '東京', [41, 42], ['東', '京']],
    ['a control character', 'a\u0007b', [10, UNK, 11], ['a', '\u0007', 'b']],
  ])('%s: ids and spans', (_name, text, expectedIds, pieces) => {
    const raw = fakeTokenizer({ template: TEMPLATES.plain });
    const row = batchOf(encodeBatch(raw, [text], null, DEFAULT_SETTINGS)).rows[0];
    expect(row?.input_ids).toEqual(expectedIds);
    expect(row?.spans.map((s) => (s === null ? null : text.slice(s[0], s[1])))).toEqual(pieces);
  });
});
