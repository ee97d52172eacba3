import { describe, expect, it } from 'vitest';
import { alignTokens } from './align.ts';
import { charOfByte } from './byte-level.ts';
import type { PieceStyle } from './types.ts';

const NONE: PieceStyle = {
  byteLevel: false,
  metaspace: null,
  byteFallback: false,
  continuingSubwordPrefix: null,
  endOfWordSuffix: null,
};
const STYLES = {
  byteLevel: { ...NONE, byteLevel: true },
  sentencePiece: { ...NONE, metaspace: '▁', byteFallback: true },
  wordPiece: { ...NONE, continuingSubwordPrefix: '##' },
  bpeSuffix: { ...NONE, endOfWordSuffix: '</w>' },
} satisfies Record<string, PieceStyle>;

/** A token written in GPT-2's byte alphabet, from the UTF-8 bytes of `text`. */
const bl = (text: string) => [...new TextEncoder().encode(text)].map(charOfByte).join('');
/** Part of a character's bytes, in the byte alphabet. */
const blBytes = (...bytes: number[]) => bytes.map(charOfByte).join('');

const UNK_ID = 99;
const ADDED_ID = 98;

interface Case {
  name: string;
  style: PieceStyle;
  text: string;
  tokens: string[];
  /** Ids only matter for unknown (99) and added (98) tokens. */
  ids?: number[];
  /** The text each span covers; null for no span. */
  expected: (string | null)[];
}

const cases: Case[] = [
  {
    name: 'byte-level: Ġ is the space before a word',
    style: STYLES.byteLevel,
    text: 'Hello world',
    tokens: ['Hello', 'Ġworld'],
    expected: ['Hello', ' world'],
  },
  {
    name: 'byte-level: an emoji split over two tokens belongs to both',
    style: STYLES.byteLevel,
    text: 'Hi 😀!',
    tokens: ['Hi', bl(' ') + blBytes(0xf0, 0x9f, 0x98), blBytes(0x80), '!'],
    expected: ['Hi', ' 😀', '😀', '!'],
  },
  {
    name: 'byte-level: newlines (Ċ) and accents',
    style: STYLES.byteLevel,
    text: 'é\n\nx',
    tokens: [bl('é'), bl('\n\n'), 'x'],
    expected: ['é', '\n\n', 'x'],
  },
  {
    name: 'byte-level: Arabic, right to left in display, logical order in text',
    style: STYLES.byteLevel,
    text: 'مرحبا بك',
    tokens: [bl('مرح'), bl('با'), bl(' بك')],
    expected: ['مرح', 'با', ' بك'],
  },
  {
    name: 'byte-level: CJK split inside a character',
    style: STYLES.byteLevel,
    text: '東京',
    tokens: [blBytes(0xe6, 0x9d), blBytes(0xb1) + bl('京')],
    expected: ['東', '東京'],
  },
  {
    name: 'SentencePiece: ▁ is a space, the first one is added by the tokenizer',
    style: STYLES.sentencePiece,
    text: 'Hello world',
    tokens: ['▁Hello', '▁world'],
    expected: ['Hello', ' world'],
  },
  {
    name: 'SentencePiece byte fallback: four <0x..> tokens make one emoji',
    style: STYLES.sentencePiece,
    text: 'a😀',
    tokens: ['▁a', '<0xF0>', '<0x9F>', '<0x98>', '<0x80>'],
    expected: ['a', '😀', '😀', '😀', '😀'],
  },
  {
    name: 'SentencePiece: Hebrew',
    style: STYLES.sentencePiece,
    text: 'שלום עולם',
    tokens: ['▁של', 'ום', '▁עולם'],
    expected: ['של', 'ום', ' עולם'],
  },
  {
    name: 'SentencePiece: collapsed whitespace',
    style: STYLES.sentencePiece,
    text: 'a   b',
    tokens: ['▁a', '▁b'],
    expected: ['a', '   b'],
  },
  {
    name: 'WordPiece: lowercase, accents stripped, punctuation split',
    style: STYLES.wordPiece,
    text: 'Héllo, Wörld',
    tokens: ['hello', ',', 'world'],
    expected: ['Héllo', ',', 'Wörld'],
  },
  {
    name: 'WordPiece: ## continues a word',
    style: STYLES.wordPiece,
    text: 'unaffable',
    tokens: ['una', '##ff', '##able'],
    expected: ['una', 'ff', 'able'],
  },
  {
    name: 'WordPiece: a dropped control character',
    style: STYLES.wordPiece,
    text: 'a\u0007b c',
    tokens: ['ab', 'c'],
    expected: ['a\u0007b', 'c'],
  },
  {
    name: 'WordPiece: [UNK] takes the text it replaced',
    style: STYLES.wordPiece,
    text: 'I ❤ you',
    tokens: ['i', '[UNK]', 'you'],
    ids: [1, UNK_ID, 2],
    expected: ['I', '❤', 'you'],
  },
  {
    name: 'unknown tokens side by side take one word each',
    style: STYLES.wordPiece,
    text: 'x ❤ ☃ y',
    tokens: ['x', '[UNK]', '[UNK]', 'y'],
    ids: [1, UNK_ID, UNK_ID, 2],
    expected: ['x', '❤', '☃', 'y'],
  },
  {
    name: 'NFKC: a ligature in the text, plain letters in the tokens',
    style: STYLES.wordPiece,
    text: 'ﬁne',
    tokens: ['fine'],
    expected: ['ﬁne'],
  },
  {
    name: 'an added token is matched literally',
    style: STYLES.byteLevel,
    text: 'a<|x|>b',
    tokens: ['a', '<|x|>', 'b'],
    ids: [1, ADDED_ID, 2],
    expected: ['a', '<|x|>', 'b'],
  },
  {
    name: 'BPE end-of-word suffix',
    style: STYLES.bpeSuffix,
    text: 'low er',
    tokens: ['low</w>', 'er</w>'],
    expected: ['low ', 'er'],
  },
  { name: 'empty text', style: STYLES.byteLevel, text: '', tokens: [], expected: [] },
];

describe('alignTokens', () => {
  it.each(cases)('$name', ({ style, text, tokens, ids, expected }) => {
    const source = {
      pieces: style,
      unknownTokenId: UNK_ID,
      addedTokenIds: new Set([ADDED_ID]),
      idToToken: (id: number) => (id === UNK_ID ? '[UNK]' : null),
    };
    const spans = alignTokens(text, ids ?? tokens.map(() => 0), tokens, source);
    expect(spans.map((s) => (s === null ? null : text.slice(s[0], s[1])))).toEqual(expected);
  });

  it('returns null for a token with nothing to match', () => {
    const source = {
      pieces: STYLES.byteLevel,
      unknownTokenId: null,
      addedTokenIds: new Set<number>(),
      idToToken: () => null,
    };
    expect(alignTokens('abc', [0, 0], ['abc', 'zzz'], source)).toEqual([[0, 3], null]);
  });
});
