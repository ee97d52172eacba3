import { describe, expect, it } from 'vitest';
import { overlapSimilarity, textRank } from './textrank.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('overlapSimilarity', () => {
  it.each([
    [
      'distinct shared words over log lengths',
      ['x', 'y', 'z'],
      ['y', 'z', 'w', 'v'],
      2 / (Math.log(3) + Math.log(4)),
    ],
    [
      'counts a repeated shared word once, but its length twice',
      ['x', 'x', 'y'],
      ['x', 'w'],
      1 / (Math.log(3) + Math.log(2)),
    ],
    ['nothing shared', ['x', 'y'], ['w', 'v'], 0],
    ['empty sentence', [], ['w'], 0],
    ['two one-word sentences: log 1 + log 1 = 0, divide by 1', ['x'], ['x'], 1],
  ])('%s', (_name, a, b, expected) => {
    expect(overlapSimilarity(a, b)).toBeCloseTo(expected, 12);
    expect(overlapSimilarity(b, a)).toBeCloseTo(expected, 12);
  });
});

describe('textRank', () => {
  it('matches the closed-form PageRank of a star graph', () => {
    // The centre shares one word with each leaf; the leaves share nothing. Solving
    // c = (1-d)/3 + d(2l) and l = (1-d)/3 + d(c/2) gives c = (1+2d) / (3(1+d)).
    const d = 0.85;
    const { scores, converged } = textRank(['Apple banana.', 'Apple cherry.', 'Banana grape.']);
    const centre = (1 + 2 * d) / (3 * (1 + d));
    expect(converged).toBe(true);
    expect(scores[0]).toBeCloseTo(centre, 8);
    expect(scores[1]).toBeCloseTo((1 - centre) / 2, 8);
    expect(scores[2]).toBe(scores[1]);
  });

  it('honours the damping factor', () => {
    const d = 0.5;
    const { scores } = textRank(['Apple banana.', 'Apple cherry.', 'Banana grape.'], { damping: d });
    expect(scores[0]).toBeCloseTo((1 + 2 * d) / (3 * (1 + d)), 8);
  });

  it.each([
    ['no sentences', [], []],
    ['one sentence', ['Only one.'], [1]],
    [
      'identical sentences',
      ['The cat sat.', 'The cat sat.', 'The cat sat.', 'The cat sat.'],
      [0.25, 0.25, 0.25, 0.25],
    ],
    ['no content words anywhere', ['It is.', 'We were.', 'They are.'], [1 / 3, 1 / 3, 1 / 3]],
  ])('scores %s uniformly', (_name, sentences, expected) => {
    const result = textRank(sentences);
    expect(result.scores).toHaveLength(expected.length);
    result.scores.forEach((score, i) => expect(score).toBeCloseTo(expected[i]!, 12));
    expect(result.converged).toBe(true);
  });

  it('keeps a sentence with no content words in the distribution (dangling node)', () => {
    const { scores } = textRank(['Rain hit the town.', 'It was so.', 'The town flooded after rain.']);
    expect(sum(scores)).toBeCloseTo(1, 12);
    expect(scores[1]).toBeGreaterThan(0);
    expect(scores[1]).toBeLessThan(scores[0]!);
  });

  it('compares only nearby sentences once the pair budget is exceeded', () => {
    // Only sentences 0 and 5 share a word; 20 sentences make 190 pairs.
    const sentences = Array.from({ length: 20 }, (_, i) => `Marker${i} only.`);
    sentences[0] = 'Falcon rises.';
    sentences[5] = 'Falcon lands.';
    expect(textRank(sentences)).toMatchObject({ window: null, edges: 1 });
    expect(textRank(sentences, { pairBudget: 80 })).toMatchObject({ window: 4, edges: 0 });
    expect(textRank(sentences, { pairBudget: 100 })).toMatchObject({ window: 5, edges: 1 });
  });

  it('stops at maxIterations and says it did not converge', () => {
    const result = textRank(['Apple banana.', 'Apple cherry.', 'Banana grape.'], { maxIterations: 2 });
    expect(result).toMatchObject({ iterations: 2, converged: false });
    expect(sum(result.scores)).toBeCloseTo(1, 12);
  });

  it('is deterministic', () => {
    const sentences = ['Apple banana.', 'Apple cherry.', 'Banana grape.', 'Cherry grape apple.'];
    expect(textRank(sentences)).toEqual(textRank([...sentences]));
  });
});
