import { describe, expect, it } from 'vitest';
import { chunkSentences, type Chunk } from './chunks.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
// Like a seq2seq tokenizer that adds `<s>` and `</s>` on every call.
const wordsWithSpecials = (text: string) => words(text) + 2;
const codePoints = (text: string) => Array.from(text).length;

/** Invariants for any chunking: within budget, measured honestly, every character kept in order. */
function expectValidChunks(
  source: string,
  sentences: readonly SentenceSpan[],
  chunks: readonly Chunk[],
  count: (text: string) => number,
  max: number,
): void {
  const members = chunks.flatMap((c) => c.sentences);
  for (const chunk of chunks) {
    expect(chunk.tokens).toBeLessThanOrEqual(max);
    expect(count(chunk.text)).toBe(chunk.tokens);
    expect(chunk.text).toBe(chunk.sentences.map((s) => s.text).join(' '));
    expect([chunk.start, chunk.end]).toEqual([chunk.sentences[0]!.start, chunk.sentences.at(-1)!.end]);
  }
  for (const m of members) expect(source.slice(m.start, m.end)).toBe(m.text);
  members.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThanOrEqual(members[i]!.end));
  // Pieces of a cut sentence, rejoined, leave out only whitespace.
  const kept = members
    .map((m) => m.text)
    .join('')
    .replace(/\s/g, '');
  expect(kept).toBe(
    sentences
      .map((s) => s.text)
      .join('')
      .replace(/\s/g, ''),
  );
}

// Sentences of 4, 5, 3 and 6 words.
const article =
  'Rain fell all night. Crews worked until the dawn. Roads stayed shut. Engineers will inspect the damaged bridge.';

describe('chunkSentences', () => {
  it.each([
    [
      'packs greedily in order',
      words,
      10,
      [
        [0, 1],
        [2, 3],
      ],
    ],
    ['measures the whole chunk, so special tokens count once', wordsWithSpecials, 10, [[0], [1, 2], [3]]],
    ['one sentence per chunk when only one fits', words, 6, [[0], [1], [2], [3]]],
    ['everything in one chunk when it all fits', words, 100, [[0, 1, 2, 3]]],
  ])('%s', (_name, count, max, expected) => {
    const sentences = splitSentences(article);
    const chunks = chunkSentences(sentences, count, max);
    expect(chunks.map((c) => c.sentences.map((s) => sentences.indexOf(s)))).toEqual(expected);
    expect(chunks.every((c) => !c.partial)).toBe(true);
    expectValidChunks(article, sentences, chunks, count, max);
  });

  it('cuts an over-long sentence at word boundaries into pieces of its own', () => {
    const long = Array.from({ length: 25 }, (_, i) => `W${i}`).join(' ');
    const text = `Short one here. ${long}. Short two.`;
    const sentences = splitSentences(text);
    const chunks = chunkSentences(sentences, words, 10);
    expect(chunks.map((c) => [words(c.text), c.partial])).toEqual([
      [3, false],
      [10, true],
      [10, true],
      [5, true],
      [2, false],
    ]);
    expect(
      chunks
        .slice(1, 4)
        .map((c) => c.text)
        .join(' '),
    ).toBe(`${long}.`);
    expectValidChunks(text, sentences, chunks, words, 10);
  });

  it.each([
    ['a long word', 'Supercalifragilistic', 8, ['Supercal', 'ifragili', 'stic']],
    [
      'a CJK sentence without spaces',
      '今天天气很好我们去公园吧。',
      5,
      ['今天天气很', '好我们去公', '园吧。'],
    ],
    ['without splitting an emoji grapheme', 'ab👨‍👩‍👧cd', 5, ['ab', '👨‍👩‍👧', 'cd']],
  ])('falls back to grapheme clusters for %s', (_name, text, max, expected) => {
    const sentences = splitSentences(text);
    const chunks = chunkSentences(sentences, codePoints, max);
    expect(chunks.map((c) => c.text)).toEqual(expected);
    expectValidChunks(text, sentences, chunks, codePoints, max);
  });

  it('measures a long sentence in O(log n) calls, not one per word', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    let calls = 0;
    const counting = (text: string) => (calls++, words(text));
    const chunks = chunkSentences(splitSentences(long), counting, 100);
    expect(chunks).toHaveLength(20);
    expect(calls).toBeLessThan(20 * 2 * Math.log2(2000));
  });

  it('handles no sentences', () => {
    expect(chunkSentences([], words, 10)).toEqual([]);
  });

  it.each([0, -1, Number.NaN])('rejects maxTokens %s', (max) => {
    expect(() => chunkSentences(splitSentences(article), words, max)).toThrow(RangeError);
  });

  it('rejects a budget smaller than a single character', () => {
    // Every call costs 2 special tokens, so even one character needs 3.
    const count = (text: string) => codePoints(text) + 2;
    expect(() => chunkSentences(splitSentences('abc'), count, 2)).toThrow(/too small/);
  });
});
