import { describe, expect, it } from 'vitest';
import { maxScoreDelta, median, scoreRange, summarizeCase, timeInterleaved } from './zero-shot-compare.ts';

describe('maxScoreDelta', () => {
  it('matches labels by name, not by rank', () => {
    const ours = [{ labels: ['sports', 'music'], scores: [0.5000001, 0.4999999] }];
    const theirs = [{ labels: ['music', 'sports'], scores: [0.5, 0.5] }];
    expect(maxScoreDelta(ours, theirs)).toBeCloseTo(1e-7, 12);
  });

  it('takes the worst label of the worst text', () => {
    const ours = [
      { labels: ['a', 'b'], scores: [0.9, 0.1] },
      { labels: ['a', 'b'], scores: [0.7, 0.3] },
    ];
    const theirs = [
      { labels: ['a', 'b'], scores: [0.9, 0.1] },
      { labels: ['b', 'a'], scores: [0.4, 0.6] },
    ];
    expect(maxScoreDelta(ours, theirs)).toBeCloseTo(0.1, 12);
  });

  it('is Infinity when a label or a text is missing on one side', () => {
    expect(maxScoreDelta([{ labels: ['a'], scores: [1] }], [{ labels: ['b'], scores: [1] }])).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(maxScoreDelta([{ labels: ['a'], scores: [1] }], [])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[], Number.NaN],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('scoreRange', () => {
  it('spans every score of every text', () => {
    const items = [
      { labels: ['a', 'b'], scores: [0.7, 0.3] },
      { labels: ['b', 'a'], scores: [0.95, 0.05] },
    ];
    expect(scoreRange(items)).toEqual({ min: 0.05, max: 0.95 });
  });

  it('is NaN for no scores', () => {
    expect(scoreRange([])).toEqual({ min: Number.NaN, max: Number.NaN });
  });
});

describe('summarizeCase', () => {
  it('takes medians, the score gap by label and the padding of our passes', () => {
    const summary = summarizeCase({
      model: 'org/nli',
      texts: 1,
      labels: 2,
      ours: [{ labels: ['a', 'b'], scores: [0.6, 0.4] }],
      library: [{ labels: ['a', 'b'], scores: [0.6, 0.4000005] }],
      batching: { maxRows: 64, passes: 1, pairs: 2, tokens: 12, paddedTokens: 14 },
      oursMs: [3, 1, 2],
      libraryMs: [10, 30, 20],
    });
    expect(summary).toMatchObject({
      model: 'org/nli',
      texts: 1,
      labels: 2,
      rounds: 3,
      oursMs: 2,
      libraryMs: 20,
      passes: 1,
      pairs: 2,
      tokens: 12,
      tokensRun: 14,
      scores: { min: 0.4, max: 0.6 },
    });
    expect(summary.maxDelta).toBeCloseTo(5e-7, 12);
  });

  it('counts no passes and no tokens without a result', () => {
    const summary = summarizeCase({
      model: 'org/nli',
      texts: 0,
      labels: 0,
      ours: [],
      library: [],
      batching: null,
      oursMs: [],
      libraryMs: [],
    });
    expect(summary).toMatchObject({ rounds: 0, passes: 0, pairs: 0, tokens: 0, tokensRun: 0 });
    expect(summary.oursMs).toBeNaN();
  });
});

describe('timeInterleaved', () => {
  it('warms each side up once, then alternates them round by round', async () => {
    const calls: string[] = [];
    let clock = 0;
    const side = (name: string, ms: number) => async () => {
      calls.push(name);
      clock += ms;
    };
    const times = await timeInterleaved(2, side('a', 1), side('b', 5), () => clock);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    expect(times).toEqual({ aMs: [1, 1], bMs: [5, 5] });
  });
});
