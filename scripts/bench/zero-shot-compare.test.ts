import { describe, expect, it } from 'vitest';
import { maxScoreDelta, median, paddedTokens, scoreRange } from './zero-shot-compare.ts';

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

describe('paddedTokens', () => {
  it('pads each pass to its longest row', () => {
    // Passes [3, 5] → 2 × 5 and [2, 2] → 2 × 2.
    expect(paddedTokens([3, 5, 2, 2], 2)).toEqual({ tokens: 12, run: 14 });
  });

  it('runs a last, shorter pass as it is, and nothing for no rows', () => {
    expect(paddedTokens([4, 1, 6], 2)).toEqual({ tokens: 11, run: 14 });
    expect(paddedTokens([], 64)).toEqual({ tokens: 0, run: 0 });
  });
});
