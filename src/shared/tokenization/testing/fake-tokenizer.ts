/**
 * A tiny word-level tokenizer for unit tests, with ids small enough to check by hand: each
 * whitespace-separated word is one token if it is in the vocabulary, otherwise one token per
 * character (unknown characters become `[UNK]`). Templates mimic BERT, T5 and "no specials".
 */
import type { PieceStyle, RawTokenizer, SpecialsTemplate, TemplatePart } from '../types.ts';

export const CLS = 1;
export const SEP = 2;
export const UNK = 3;
export const PAD = 0;
export const EOS = 4;

const SPECIALS: Record<number, string> = {
  [PAD]: '[PAD]',
  [CLS]: '[CLS]',
  [SEP]: '[SEP]',
  [UNK]: '[UNK]',
  [EOS]: '</s>',
};

/** Words and characters with ids from 10 up, in this order. */
const VOCAB = [
  ...'a b c d e f g h i j k l m n o p q r s t u v w x y z'.split(' '),
  'hello',
  'world',
  '!',
  'مرحبا',
  'שלום',
  '東',
  '京',
  '😀',
];

export const idOf = (piece: string): number => {
  const index = VOCAB.indexOf(piece);
  return index < 0 ? UNK : index + 10;
};

const special = (id: number, typeId = 0): TemplatePart => ({
  kind: 'special',
  ids: [id],
  tokens: [SPECIALS[id] ?? '?'],
  typeId,
});
const A: TemplatePart = { kind: 'sequence', which: 'A', typeId: 0 };
const B: TemplatePart = { kind: 'sequence', which: 'B', typeId: 1 };

export const TEMPLATES = {
  /** `[CLS] A [SEP]` and `[CLS] A [SEP] B [SEP]` (type ids 0 then 1). */
  bert: {
    processor: 'TemplateProcessing',
    single: [special(CLS), A, special(SEP)],
    pair: [special(CLS), A, special(SEP), B, special(SEP, 1)],
  },
  /** `A </s>` and `A </s> B </s>`. */
  t5: {
    processor: 'TemplateProcessing',
    single: [A, special(EOS)],
    pair: [A, special(EOS), B, special(EOS, 1)],
  },
  plain: { processor: 'none', single: [A], pair: [A, { ...B }] },
  singleOnly: { processor: 'TemplateProcessing', single: [special(CLS), A], pair: null },
} satisfies Record<string, SpecialsTemplate>;

const PLAIN_STYLE: PieceStyle = {
  byteLevel: false,
  metaspace: null,
  byteFallback: false,
  continuingSubwordPrefix: null,
  endOfWordSuffix: null,
};

export interface FakeOptions {
  template?: SpecialsTemplate;
  padTokenId?: number | null;
  modelMaxLength?: number | null;
  paddingSide?: 'left' | 'right';
  returnsTokenTypeIds?: boolean;
}

export function fakeTokenizer(options: FakeOptions = {}): RawTokenizer & { calls: string[] } {
  const calls: string[] = [];
  const padTokenId = options.padTokenId === undefined ? PAD : options.padTokenId;
  const tokenOf = (id: number) => SPECIALS[id] ?? VOCAB[id - 10] ?? null;
  const tokenToId = (token: string): number | null => {
    const special = Object.entries(SPECIALS).find(([, text]) => text === token);
    if (special !== undefined) return Number(special[0]);
    const index = VOCAB.indexOf(token);
    return index < 0 ? null : index + 10;
  };
  return {
    calls,
    encodeContent(text) {
      calls.push(text);
      const tokens = text
        .split(/\s+/u)
        .filter((w) => w !== '')
        .flatMap((w) => (idOf(w) === UNK ? [...w] : [w]));
      return { ids: tokens.map(idOf), tokens };
    },
    decode(ids, { skipSpecialTokens }) {
      const kept = skipSpecialTokens ? ids.filter((id) => id >= 10) : ids;
      return kept.map((id) => tokenOf(id) ?? '?').join(' ');
    },
    idToToken: tokenOf,
    tokenToId,
    template: options.template ?? TEMPLATES.bert,
    pieces: PLAIN_STYLE,
    padToken: padTokenId === null ? null : (SPECIALS[padTokenId] ?? null),
    padTokenId,
    unknownTokenId: UNK,
    modelMaxLength: options.modelMaxLength === undefined ? 512 : options.modelMaxLength,
    paddingSide: options.paddingSide ?? 'right',
    returnsTokenTypeIds: options.returnsTokenTypeIds ?? true,
    specialIds: new Set([PAD, CLS, SEP, UNK, EOS]),
    // BERT-like roles, plus an end-of-sequence token as decoder tokenizers have.
    roles: {
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      unk_token: '[UNK]',
      eos_token: '</s>',
      ...(padTokenId === null ? {} : { pad_token: SPECIALS[padTokenId] ?? '?' }),
    },
    addedTokenIds: new Set([PAD, CLS, SEP, UNK, EOS]),
    chat: null,
  };
}
