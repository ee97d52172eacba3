import { describe, expect, it } from 'vitest';
import { FinishedBeams, UNREACHABLE_SCORE } from './finished-beams.ts';

const done = (tokenIds: number[], score: number) => ({ tokenIds, score, finished: true, steps: [] });
const open = (tokenIds: number[], score: number) => ({ tokenIds, score, finished: false, steps: [] });

describe('FinishedBeams (the finished slots of Python _beam_search)', () => {
  it('starts with placeholders: nothing finished, worst score -1e9', () => {
    const slots = new FinishedBeams(2, [0]);
    expect(slots.hypotheses()).toEqual([]);
    expect(slots.allFinished).toBe(false);
    expect(slots.worstScore()).toBe(UNREACHABLE_SCORE);
    expect(slots.best(2)).toEqual([
      { tokenIds: [0], score: UNREACHABLE_SCORE, steps: [] },
      { tokenIds: [0], score: UNREACHABLE_SCORE, steps: [] },
    ]);
  });

  it('keeps the best numBeams, best first; a candidate pushed down by 1e9 never displaces a finished beam', () => {
    const slots = new FinishedBeams(2, [0]);
    slots.merge([done([0, 5, 1], -2), open([0, 6], -0.5 + UNREACHABLE_SCORE), done([0, 7, 1], -1)]);
    expect(slots.hypotheses()).toEqual([
      { tokenIds: [0, 7, 1], score: -1 },
      { tokenIds: [0, 5, 1], score: -2 },
    ]);
    expect(slots.allFinished).toBe(true);
    expect(slots.worstScore()).toBe(-2);
    slots.merge([done([0, 8, 1], -1.5), open([0, 9], UNREACHABLE_SCORE)]);
    expect(slots.best(2).map((s) => s.score)).toEqual([-1, -1.5]);
  });

  it('on equal scores keeps the earlier entry: slots before candidates, candidates in rank order', () => {
    const slots = new FinishedBeams(2, [0]);
    slots.merge([done([0, 5, 1], -1)]);
    slots.merge([done([0, 6, 1], -1), done([0, 7, 1], -1)]);
    expect(slots.hypotheses().map((h) => h.tokenIds)).toEqual([
      [0, 5, 1],
      [0, 6, 1],
    ]);
  });

  it('while a slot is open the worst score is -1e9, whatever the finished ones score', () => {
    const slots = new FinishedBeams(3, [0]);
    slots.merge([done([0, 5, 1], -0.1), done([0, 6, 1], -0.2)]);
    expect(slots.allFinished).toBe(false);
    expect(slots.worstScore()).toBe(UNREACHABLE_SCORE);
  });
});
