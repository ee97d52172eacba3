import { describe, expect, it } from 'vitest';
import { lengthVsModel, readablePiece, rowCounts, showInvisibles } from './display.ts';
import { encodeBatch } from './encode-batch.ts';
import { fakeTokenizer } from './testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS, type PieceStyle } from './types.ts';

const NONE: PieceStyle = {
  byteLevel: false,
  metaspace: null,
  byteFallback: false,
  continuingSubwordPrefix: null,
  endOfWordSuffix: null,
};
const BYTE_LEVEL = { ...NONE, byteLevel: true };
const SENTENCE_PIECE = { ...NONE, metaspace: '▁', byteFallback: true };

describe('readablePiece', () => {
  it.each([
    ['Ġworld', BYTE_LEVEL, 'text', '␣world', 'text'],
    ['ĊĊ', BYTE_LEVEL, 'text', '↵↵', 'text'],
    ['ĉ', BYTE_LEVEL, 'text', '⇥', 'text'],
    ['ć', BYTE_LEVEL, 'text', '␇', 'text'],
    ['Ã©', BYTE_LEVEL, 'text', 'é', 'text'],
    ['ĠðŁĺ', BYTE_LEVEL, 'text', '<20 F0 9F 98>', 'bytes'],
    ['▁Hello', SENTENCE_PIECE, 'text', '␣Hello', 'text'],
    ['<0xE2>', SENTENCE_PIECE, 'text', '<E2>', 'bytes'],
    ['##ing', { ...NONE, continuingSubwordPrefix: '##' }, 'text', '##ing', 'text'],
    ['</s>', SENTENCE_PIECE, 'special', '</s>', 'special'],
    ['[PAD]', NONE, 'padding', '[PAD]', 'padding'],
  ] as const)('%j', (token, style, kind, text, shown) => {
    expect(readablePiece(token, kind, style)).toMatchObject({ text, kind: shown });
  });

  it('explains the marker in the title', () => {
    expect(readablePiece('Ġa', 'text', BYTE_LEVEL).title).toMatch(/Ġ = space/);
  });

  it('shows other invisible characters by code point', () => {
    expect(showInvisibles('a\u00a0b\u2028')).toBe('a\\u{a0}b\\u{2028}');
  });
});

describe('counts', () => {
  it('counts tokens by kind, cut tokens and characters (code points)', () => {
    const raw = fakeTokenizer();
    const out = encodeBatch(raw, ['a b c d 😀'], null, {
      ...DEFAULT_SETTINGS,
      truncation: true,
      max_length: 4,
    });
    const row = out.ok ? out.batch.rows[0] : undefined;
    expect(row && rowCounts(row, ['a b c d 😀'])).toEqual({
      textTokens: 2,
      specialTokens: 2,
      paddingTokens: 0,
      cutTokens: 3,
      characters: 9,
      charsPerToken: 1.8,
    });
  });

  it.each([
    [100, 512, { fraction: 100 / 512, over: false, label: '100 / 512 tokens' }],
    [600, 512, { over: true }],
    [10, null, { fraction: null, over: false, label: '10 tokens (no model_max_length set)' }],
  ])('lengthVsModel(%i, %o)', (length, max, expected) => {
    expect(lengthVsModel(length, max)).toMatchObject(expected);
  });
});
