import { describe, expect, it } from 'vitest';
import { leadScores, leadSentences } from './lead.ts';

describe('leadSentences', () => {
  it.each([
    [3, ['a', 'b', 'c']],
    [0, []],
    [9, ['a', 'b', 'c', 'd']],
  ])('first %i', (count, expected) => {
    expect(leadSentences(['a', 'b', 'c', 'd'], count)).toEqual(expected);
  });
});

describe('leadScores', () => {
  it('decreases linearly with position and sums to 1', () => {
    expect(leadScores(4)).toEqual([0.4, 0.3, 0.2, 0.1]);
    expect(leadScores(0)).toEqual([]);
  });
});
