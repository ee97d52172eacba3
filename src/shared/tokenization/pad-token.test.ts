/**
 * `tokenizer.pad_token = …` before the call, as Python does it: padding then uses that token's
 * id (attention 0, token type 0, special-tokens mask 1 there), whatever the tokenizer's own is.
 * Fake ids (hand-checkable): [PAD]=0 [CLS]=1 [SEP]=2 [UNK]=3 </s>=4, a=10 b=11.
 */
import { describe, expect, it } from 'vitest';
import { encodeBatch } from './encode-batch.ts';
import { specialTokensOf } from './special-tokens.ts';
import { fakeTokenizer, TEMPLATES } from './testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS, type BatchOutcome, type EncodedBatch, type TokenizerSettings } from './types.ts';

const settings = (over: Partial<TokenizerSettings>): TokenizerSettings => ({ ...DEFAULT_SETTINGS, ...over });

function batchOf(outcome: BatchOutcome): EncodedBatch {
  if (!outcome.ok) throw new Error(`expected a batch, got ${outcome.error.message}`);
  return outcome.batch;
}

describe('pad_token', () => {
  it('pads a tokenizer that has no pad token with the chosen one (the eos token)', () => {
    const raw = fakeTokenizer({ padTokenId: null });
    const batch = batchOf(
      encodeBatch(raw, ['a b', 'a'], null, settings({ padding: 'longest', pad_token: '</s>' })),
    );
    expect(batch.rows.map((r) => r.input_ids)).toEqual([
      [1, 10, 11, 2],
      [1, 10, 2, 4],
    ]);
    expect(batch.rows.map((r) => r.attention_mask)).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, 0],
    ]);
    const padded = batch.rows[1]!;
    expect(padded.token_type_ids).toEqual([0, 0, 0, 0]);
    expect(padded.special_tokens_mask).toEqual([1, 0, 1, 1]);
    expect(padded.tokens.at(-1)).toBe('</s>');
    expect(padded.kinds.at(-1)).toBe('padding');
  });

  it('replaces the tokenizer’s own pad token, on the left too', () => {
    const batch = batchOf(
      encodeBatch(
        fakeTokenizer({ template: TEMPLATES.plain }),
        ['a b', 'a'],
        null,
        settings({ padding: 'max_length', max_length: 3, pad_token: '[SEP]', padding_side: 'left' }),
      ),
    );
    expect(batch.rows.map((r) => r.input_ids)).toEqual([
      [2, 10, 11],
      [2, 2, 10],
    ]);
    expect(batch.rows.map((r) => r.attention_mask)).toEqual([
      [0, 1, 1],
      [0, 0, 1],
    ]);
  });

  it('refuses to pad with a token the tokenizer does not have, naming it', () => {
    const outcome = encodeBatch(
      fakeTokenizer({ padTokenId: null }),
      ['a b', 'a'],
      null,
      settings({ padding: 'longest', pad_token: '<|endoftext|>' }),
    );
    expect(outcome.ok ? null : outcome.error).toEqual({
      code: 'unknown-pad-token',
      severity: 'error',
      message: expect.stringContaining('pad_token "<|endoftext|>" is not a token of this tokenizer'),
    });
  });

  it('only warns about an unknown pad_token while nothing is padded', () => {
    const batch = batchOf(
      encodeBatch(fakeTokenizer(), ['a b'], null, settings({ pad_token: '<|endoftext|>' })),
    );
    expect(batch.rows[0]?.input_ids).toEqual([1, 10, 11, 2]);
    expect(batch.warnings.map((w) => w.code)).toEqual(['unknown-pad-token']);
  });

  it('points at the setting when there is no pad token at all', () => {
    const outcome = encodeBatch(
      fakeTokenizer({ padTokenId: null }),
      ['a'],
      null,
      settings({ padding: 'longest' }),
    );
    expect(outcome.ok ? null : outcome.error.message).toContain('choose a pad_token');
  });
});

describe('specialTokensOf', () => {
  it('lists the named tokens first, eos leading, then the other special tokens by id', () => {
    expect(specialTokensOf(fakeTokenizer({ padTokenId: null }))).toEqual([
      { token: '</s>', id: 4, roles: ['eos_token'] },
      { token: '[UNK]', id: 3, roles: ['unk_token'] },
      { token: '[SEP]', id: 2, roles: ['sep_token'] },
      { token: '[CLS]', id: 1, roles: ['cls_token'] },
      { token: '[PAD]', id: 0, roles: [] },
    ]);
  });
});
