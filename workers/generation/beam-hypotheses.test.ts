import { describe, expect, it } from 'vitest';
import { BeamHypotheses } from './beam-hypotheses.ts';

describe('BeamHypotheses (Python BeamHypotheses)', () => {
  it('scores sum_logprobs / generated_len ** length_penalty and keeps the num_beams best', () => {
    const hyps = new BeamHypotheses(2, 2, false, 20);
    hyps.add([0, 5, 1], -4, 2); // -1
    hyps.add([0, 6, 1], -9, 3); // -1
    hyps.add([0, 7, 7, 1], -3, 3); // -0.333
    expect(hyps.best(2)).toEqual([
      { tokenIds: [0, 7, 7, 1], score: -3 / 9 },
      // Equal scores: the earlier one was evicted first, as Python's sorted (score, index).
      { tokenIds: [0, 6, 1], score: -1 },
    ]);
  });

  it('needs a strictly better score to enter a full list', () => {
    const hyps = new BeamHypotheses(1, 1, false, 20);
    hyps.add([0, 1], -2, 1);
    hyps.add([0, 2, 1], -4, 2); // same score -2: not added
    expect(hyps.best(1)[0]?.tokenIds).toEqual([0, 1]);
  });

  it('on equal final scores returns the later-added first (Python pops a stable ascending sort)', () => {
    const hyps = new BeamHypotheses(3, 1, false, 20);
    hyps.add([0, 1], -1, 1);
    hyps.add([0, 2, 1], -2, 2);
    expect(hyps.best(2).map((h) => h.tokenIds)).toEqual([
      [0, 2, 1],
      [0, 1],
    ]);
  });

  it('is never done before num_beams hypotheses exist', () => {
    const hyps = new BeamHypotheses(2, 1, true, 20);
    hyps.add([0, 1], -1, 1);
    expect(hyps.isDone(-100, 5, 1)).toBe(false);
  });

  it('early_stopping true / false / "never" decide as Python', () => {
    const make = (early: boolean | 'never', lengthPenalty: number) => {
      const hyps = new BeamHypotheses(2, lengthPenalty, early, 11);
      hyps.add([0, 3, 1], -2, 2);
      hyps.add([0, 4, 1], -3, 2);
      return hyps; // worst score: -3 / 2 ** lengthPenalty
    };
    expect(make(true, 1).isDone(0, 4, 1)).toBe(true);
    // false: best possible = best_sum / (cur_len - prompt) ** lp = -4.6 / 3 = -1.53 < worst -1.5 → done.
    expect(make(false, 1).isDone(-4.6, 4, 1)).toBe(true);
    expect(make(false, 1).isDone(-4.4, 4, 1)).toBe(false);
    // "never" with lp > 0 uses max_length: -4.6 / 10 = -0.46 > -1.5 → not done.
    expect(make('never', 1).isDone(-4.6, 4, 1)).toBe(false);
    expect(make('never', 1).isDone(-16, 4, 1)).toBe(true);
    // "never" with lp <= 0 uses cur_len like false.
    expect(make('never', 0).isDone(-3, 4, 1)).toBe(true);
    expect(make('never', 0).isDone(-2.9, 4, 1)).toBe(false);
  });
});
