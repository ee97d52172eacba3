import { describe, expect, it } from 'vitest';
import { detectPieceStyle, pieceText, tokenBytes } from './piece-style.ts';

describe('detectPieceStyle', () => {
  it.each([
    [
      'BERT (WordPiece)',
      {
        model: { type: 'WordPiece', continuing_subword_prefix: '##' },
        normalizer: { type: 'BertNormalizer' },
        decoder: { type: 'WordPiece' },
      },
      {
        byteLevel: false,
        metaspace: null,
        byteFallback: false,
        continuingSubwordPrefix: '##',
        endOfWordSuffix: null,
      },
    ],
    [
      'GPT-2 / BART (byte-level)',
      {
        model: { type: 'BPE', continuing_subword_prefix: '' },
        pre_tokenizer: { type: 'ByteLevel' },
        decoder: { type: 'ByteLevel' },
      },
      {
        byteLevel: true,
        metaspace: null,
        byteFallback: false,
        continuingSubwordPrefix: null,
        endOfWordSuffix: null,
      },
    ],
    [
      'Llama / Mistral (normalizer Prepend + Replace, byte fallback)',
      {
        model: { type: 'BPE', byte_fallback: true },
        normalizer: {
          type: 'Sequence',
          normalizers: [
            { type: 'Prepend', prepend: '▁' },
            { type: 'Replace', pattern: { String: ' ' }, content: '▁' },
          ],
        },
      },
      {
        byteLevel: false,
        metaspace: '▁',
        byteFallback: true,
        continuingSubwordPrefix: null,
        endOfWordSuffix: null,
      },
    ],
    [
      'T5 (Metaspace pre-tokenizer inside a Sequence)',
      {
        model: { type: 'Unigram' },
        pre_tokenizer: {
          type: 'Sequence',
          pretokenizers: [{ type: 'WhitespaceSplit' }, { type: 'Metaspace', replacement: '▁' }],
        },
      },
      {
        byteLevel: false,
        metaspace: '▁',
        byteFallback: false,
        continuingSubwordPrefix: null,
        endOfWordSuffix: null,
      },
    ],
    [
      'CLIP-style end-of-word suffix',
      { model: { type: 'BPE', end_of_word_suffix: '</w>' } },
      {
        byteLevel: false,
        metaspace: null,
        byteFallback: false,
        continuingSubwordPrefix: null,
        endOfWordSuffix: '</w>',
      },
    ],
    [
      'not an object',
      'nonsense',
      {
        byteLevel: false,
        metaspace: null,
        byteFallback: false,
        continuingSubwordPrefix: null,
        endOfWordSuffix: null,
      },
    ],
  ])('%s', (_name, json, expected) => {
    expect(detectPieceStyle(json)).toEqual(expected);
  });
});

describe('token text and bytes', () => {
  const sp = {
    byteLevel: false,
    metaspace: '▁',
    byteFallback: true,
    continuingSubwordPrefix: null,
    endOfWordSuffix: null,
  };
  const bl = { ...sp, metaspace: null, byteFallback: false, byteLevel: true };
  const wp = { ...sp, metaspace: null, byteFallback: false, continuingSubwordPrefix: '##' };

  it.each([
    ['▁Hello', sp, ' Hello'],
    ['##ing', wp, 'ing'],
    ['##', wp, '##'],
  ])('pieceText(%j)', (token, style, expected) => {
    expect(pieceText(token, style)).toBe(expected);
  });

  it.each([
    ['Ġworld', bl, [0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64]],
    ['Ċ', bl, [0x0a]],
    ['ðŁĺ', bl, [0xf0, 0x9f, 0x98]],
    ['<0xE2>', sp, [0xe2]],
    ['▁é', sp, [0x20, 0xc3, 0xa9]],
  ])('tokenBytes(%j)', (token, style, expected) => {
    expect(tokenBytes(token, style)).toEqual(expected);
  });
});
