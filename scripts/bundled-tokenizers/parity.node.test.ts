/**
 * The lab's `encodeBatch` over each real bundled tokenizer, against what the tokenizer library
 * itself returns. Where transformers.js deliberately differs from Python, the expectation is
 * built independently from the library's content tokens and the tokenizer's known template.
 */
import type { PreTrainedTokenizer } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBatch } from '../../src/shared/tokenization/encode-batch.ts';
import { wrapTransformersTokenizer } from '../../src/shared/tokenization/transformers-adapter.ts';
import {
  DEFAULT_SETTINGS,
  type BatchOutcome,
  type RawTokenizer,
  type TokenizerSettings,
} from '../../src/shared/tokenization/types.ts';
import { loadBundledTokenizer } from './load-emitted.ts';

const TEXTS = [
  'Hello world',
  'The quick brown fox jumps over the lazy dog, again and again.',
  'Héllo wörld 😀 مرحبا بك שלום 東京タワー',
  '',
  '  spaces  around\tand\nnewlines\n\n',
  'Literal specials: <s> </s> <|endoftext|> [SEP]',
];

/** What each bundled tokenizer adds (from its tokenizer.json post-processor), written out by hand. */
const KNOWN = {
  mistral: {
    single: (a: number[]) => [1, ...a],
    pair: (a: number[], b: number[]) => [1, ...a, 1, ...b],
    pad: null,
  },
  llama3: {
    single: (a: number[]) => [128000, ...a],
    pair: (a: number[], b: number[]) => [128000, ...a, 128000, ...b],
    pad: null,
  },
  qwen3: { single: (a: number[]) => a, pair: (a: number[], b: number[]) => [...a, ...b], pad: 151643 },
  'gpt-4o': { single: (a: number[]) => a, pair: (a: number[], b: number[]) => [...a, ...b], pad: null },
} as const;

type Library = (
  texts: string[],
  options: Record<string, unknown>,
) => { input_ids: number[][]; attention_mask: number[][] };

function rows(outcome: BatchOutcome) {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.batch.rows;
}

const s = (over: Partial<TokenizerSettings>): TokenizerSettings => ({ ...DEFAULT_SETTINGS, ...over });

describe.each(Object.entries(KNOWN))('%s', (name, known) => {
  let tokenizer: PreTrainedTokenizer;
  let raw: RawTokenizer;
  let library: Library;
  const content = (text: string) => tokenizer.encode(text, { add_special_tokens: false });

  beforeAll(async () => {
    tokenizer = await loadBundledTokenizer(name);
    raw = wrapTransformersTokenizer(tokenizer);
    library = (texts, options) => {
      const out: unknown = tokenizer(texts, { ...options, return_tensor: false });
      return out as ReturnType<Library>;
    };
  });

  it.each([
    ['with special tokens', s({})],
    ['without special tokens', s({ add_special_tokens: false })],
  ])('matches the library, no padding, %s', (_label, settings) => {
    for (const text of TEXTS) {
      const expected = library([text], { add_special_tokens: settings.add_special_tokens });
      const [row] = rows(encodeBatch(raw, [text], null, settings));
      expect(row?.input_ids, JSON.stringify(text)).toEqual(expected.input_ids[0]);
      expect(row?.attention_mask).toEqual(expected.attention_mask[0]);
    }
  });

  it('matches the known template (independent of the library call)', () => {
    for (const text of TEXTS) {
      expect(rows(encodeBatch(raw, [text], null, DEFAULT_SETTINGS))[0]?.input_ids).toEqual(
        known.single(content(text)),
      );
    }
  });

  it.each([
    ['longest, right', s({ padding: 'longest' }), {}],
    ['longest, left', s({ padding: 'longest', padding_side: 'left' }), {}],
    ['max_length 24 with truncation', s({ padding: 'max_length', truncation: true, max_length: 24 }), {}],
  ])("padding %s: like the library when there is a pad token, else Python's error", (_label, settings) => {
    const outcome = encodeBatch(raw, TEXTS, null, settings);
    if (known.pad === null) {
      // Python raises without a pad token; transformers.js pads with the eos token instead.
      expect(outcome.ok ? null : outcome.error.code).toBe('no-pad-token');
      return;
    }
    tokenizer.padding_side = settings.padding_side ?? raw.paddingSide;
    const padding = settings.padding === 'longest' ? true : settings.padding;
    const expected = library(TEXTS, {
      padding,
      truncation: settings.truncation,
      max_length: settings.max_length,
    });
    expect(rows(outcome).map((r) => r.input_ids)).toEqual(expected.input_ids);
    expect(rows(outcome).map((r) => r.attention_mask)).toEqual(expected.attention_mask);
    tokenizer.padding_side = raw.paddingSide;
  });

  it('encodes pairs with the pair template (Python joins both texts even where transformers.js drops one)', () => {
    const pairs = TEXTS.map((t) => t.toUpperCase());
    const out = rows(encodeBatch(raw, TEXTS, pairs, DEFAULT_SETTINGS));
    out.forEach((row, i) => {
      expect(row.input_ids).toEqual(known.pair(content(TEXTS[i] ?? ''), content(pairs[i] ?? '')));
    });
    if (name !== 'qwen3') {
      // Template or no post-processor: the library agrees, except for an empty pair, which
      // transformers.js treats as no pair at all (`text_pair || null`).
      const nonEmpty = TEXTS.filter((t) => t !== '');
      const expected = library(nonEmpty, { text_pair: nonEmpty.map((t) => t.toUpperCase()) });
      expect(out.filter((_r, i) => TEXTS[i] !== '').map((r) => r.input_ids)).toEqual(expected.input_ids);
    }
  });

  it('truncates the content and keeps the special tokens (Python), single and pair', () => {
    const text = TEXTS[1] ?? '';
    const a = content(text);
    const specials = known.single([]).length;
    const [single] = rows(encodeBatch(raw, [text], null, s({ truncation: true, max_length: 8 })));
    expect(single?.input_ids).toEqual(known.single(a.slice(0, 8 - specials)));
    expect(single?.cut.first.ids).toEqual(a.slice(8 - specials));

    // longest_first with a short pair: the pair stays whole, the text absorbs the cut.
    const b = content('Short.');
    const pairSpecials = known.pair([], []).length;
    expect(b.length).toBeLessThan(4);
    const budget = 10 - pairSpecials;
    const [pair] = rows(encodeBatch(raw, [text], ['Short.'], s({ truncation: true, max_length: 10 })));
    expect(pair?.input_ids).toEqual(known.pair(a.slice(0, budget - b.length), b));
  });
});
