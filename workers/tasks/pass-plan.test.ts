import { describe, expect, it } from 'vitest';
import { MAX_ROWS, planPasses, TOKEN_BUDGET, WINDOW_ROWS } from './pass-plan.ts';

const padded = (lengths: number[], passes: number[][]) =>
  passes.reduce((n, p) => n + p.length * Math.max(...p.map((i) => lengths[i] ?? 0)), 0);

describe('planPasses', () => {
  it('runs every row once', () => {
    const lengths = Array.from({ length: 1000 }, (_, i) => 5 + ((i * 37) % 90));
    const rows = planPasses(lengths).flat();
    expect([...rows].sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
  });

  it('takes rows shortest first within a window, so the passes pad less than in input order', () => {
    // Alternating short and long rows: in input order every pass pads the short ones to 100.
    const lengths = Array.from({ length: 128 }, (_, i) => (i % 2 === 0 ? 10 : 100));
    const passes = planPasses(lengths);
    expect(padded(lengths, passes)).toBe(64 * 10 + 64 * 100);
    const inOrder = [Array.from({ length: 64 }, (_, i) => i), Array.from({ length: 64 }, (_, i) => 64 + i)];
    expect(padded(lengths, inOrder)).toBe(128 * 100);
  });

  it('keeps windows in input order, and equal lengths in their order', () => {
    const lengths = new Array<number>(WINDOW_ROWS + 10).fill(8);
    const passes = planPasses(lengths);
    expect(passes.flat()).toEqual(lengths.map((_, i) => i));
  });

  it('bounds a pass by rows and by padded tokens', () => {
    for (const length of [3, 200, 512]) {
      for (const pass of planPasses(new Array<number>(300).fill(length))) {
        expect(pass.length).toBeLessThanOrEqual(MAX_ROWS);
        expect(pass.length * length <= TOKEN_BUDGET || pass.length === 1).toBe(true);
      }
    }
    expect(planPasses([TOKEN_BUDGET * 2])).toEqual([[0]]); // a row longer than the budget runs alone
  });
});
