import { describe, expect, it } from 'vitest';
import { summarizeExtractive, rankScores, type ExtractiveSummary } from './summarize.ts';

// Written for these tests. Sentence 4 is the hub: it shares river/rain/residents/volunteers/
// emergency/crews/homes/flood/barrier/failed with six of the other seven sentences, while the
// human-interest opening sentence shares nothing, so TextRank and Lead-3 must disagree.
const flood = [
  'Maria Lopez woke at 2 a.m. to find water lapping at her bed.',
  'Her street was one of many hit when heavy rain flooded the river town of Marlow on Sunday night.',
  'Emergency crews evacuated two hundred residents from homes near the river.',
  'The mayor praised the volunteers who filled sandbags until dawn.',
  'Officials said the flood barrier along the river failed after the rain, leaving residents, volunteers and emergency crews to protect homes by hand.',
  'Engineers will inspect the failed flood barrier this week.',
  'Local schools remain closed while homes dry out.',
  'Forecasters expect more rain on Thursday.',
];

// The last sentence restates every other one (shares, weak sales, shipping costs, strike…).
const earnings = [
  'Shares of Orbital Foods fell sharply on Tuesday.',
  'The company reported weak quarterly sales of frozen meals.',
  'Its chief executive, Dr. Alan Reyes, blamed higher shipping costs.',
  'Analysts at Northbank expect the shares to recover next year.',
  'A strike at its Ohio warehouse also delayed deliveries.',
  'In short, weak sales, higher shipping costs and a warehouse strike sent Orbital Foods shares to their lowest level this year.',
];

const indices = (summary: ExtractiveSummary) => summary.selected.map((s) => s.index);

describe('summarizeExtractive', () => {
  it.each([
    ['flood, Lead-3', flood, 'lead', 3, [0, 1, 2]],
    ['flood, TextRank-3', flood, 'textrank', 3, [1, 2, 4]],
    ['flood, TextRank-1 picks the hub', flood, 'textrank', 1, [4]],
    ['earnings, Lead-3', earnings, 'lead', 3, [0, 1, 2]],
    ['earnings, TextRank-3', earnings, 'textrank', 3, [0, 3, 5]],
    ['earnings, TextRank-1 picks the closing summary', earnings, 'textrank', 1, [5]],
  ] as const)('%s', (_name, article, method, count, expected) => {
    const text = article.join(' ');
    const summary = summarizeExtractive(text, { method, count });
    expect(summary.sentences.map((s) => s.text)).toEqual(article);
    expect(indices(summary)).toEqual(expected);
    // Selected sentences come back in text order, as exact spans, best-ranked ones only.
    expect(summary.selected.map((s) => s.text)).toEqual(expected.map((i) => article[i]));
    for (const s of summary.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(summary.selected.map((s) => s.rank).sort()).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );
    expect(summary.sentences.reduce((total, s) => total + s.score, 0)).toBeCloseTo(1, 10);
  });

  it('ranks the flood story by centrality, not position', () => {
    const { sentences } = summarizeExtractive(flood.join(' '), { method: 'textrank', count: 3 });
    expect(sentences.map((s) => s.rank)).toEqual([8, 3, 2, 7, 1, 4, 6, 5]);
    // Ranks follow scores exactly.
    const byRank = [...sentences].sort((a, b) => a.rank - b.rank);
    byRank.slice(1).forEach((s, i) => expect(s.score).toBeLessThan(byRank[i]!.score));
  });

  it('reports graph facts for TextRank and none for Lead', () => {
    const text = flood.join(' ');
    expect(summarizeExtractive(text, { method: 'textrank', count: 3 }).graph).toMatchObject({
      converged: true,
      window: null,
    });
    expect(summarizeExtractive(text, { method: 'lead', count: 3 }).graph).toBeNull();
  });

  it('breaks ties by earlier position, the same way every time', () => {
    const text = 'The cat sat. The cat sat. The cat sat. The cat sat.';
    const first = summarizeExtractive(text, { method: 'textrank', count: 2 });
    expect(first.sentences.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
    expect(indices(first)).toEqual([0, 1]);
    expect(summarizeExtractive(text, { method: 'textrank', count: 2 })).toEqual(first);
  });

  it.each([
    ['empty text', '', 3, 0, []],
    ['whitespace', ' \n\n ', 3, 0, []],
    ['one sentence', 'Only this.', 3, 1, [0]],
    ['no content words', 'It is. We were. They are.', 2, 3, [0, 1]],
    ['count larger than the text', 'One cat. Two dogs.', 9, 2, [0, 1]],
    ['count zero', 'One cat. Two dogs.', 0, 2, []],
  ])('handles %s', (_name, text, count, total, expected) => {
    for (const method of ['lead', 'textrank'] as const) {
      const summary = summarizeExtractive(text, { method, count });
      expect(summary.sentences).toHaveLength(total);
      expect(indices(summary)).toEqual(expected);
    }
  });

  it.each([-1, 1.5, Number.NaN])('rejects count %s', (count) => {
    expect(() => summarizeExtractive('A cat.', { method: 'lead', count })).toThrow(RangeError);
  });

  it('summarises 1 MB of text with the windowed graph', () => {
    let text = '';
    for (let i = 0; text.length < 1_048_576; i++) {
      const article = i % 2 === 0 ? flood : earnings;
      text += `${article.map((s) => s.replace(/\.$/, ` in report ${i}.`)).join(' ')}\n\n`;
    }
    // Its speed is measured by `npm run bench`, not asserted here (a timed unit test fails on a busy machine).
    const summary = summarizeExtractive(text, { method: 'textrank', count: 5 });
    expect(summary.sentences.length).toBeGreaterThan(10_000);
    expect(summary.graph?.window).toBeGreaterThan(0);
    expect(summary.selected).toHaveLength(5);
    expect(summary.sentences.reduce((total, s) => total + s.score, 0)).toBeCloseTo(1, 6);
  });
});

describe('rankScores', () => {
  it('ranks higher scores first and equal ones by position', () => {
    expect(rankScores([0.1, 0.4, 0.1, 0.4])).toEqual([3, 1, 4, 2]);
    expect(rankScores([0.3, 0.3 + 1e-15, 0.4])).toEqual([2, 3, 1]);
    expect(rankScores([])).toEqual([]);
  });
});
