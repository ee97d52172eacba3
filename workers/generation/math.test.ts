import { describe, expect, it } from 'vitest';
import { argmax, logSoftmax, softmax, topKIndices } from './math.ts';
import { mulberry32, sampleIndex } from './prng.ts';

describe('math helpers', () => {
  it('topKIndices equals a full sort, ties to the lower index', () => {
    const random = mulberry32(3);
    for (let trial = 0; trial < 50; trial++) {
      const row = Array.from({ length: 40 }, () => Math.round(random() * 10));
      const sorted = row.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v || a.i - b.i);
      expect(topKIndices(row, 7)).toEqual(sorted.slice(0, 7).map((x) => x.i));
    }
    expect(topKIndices([1, 2], 5)).toEqual([1, 0]);
  });

  it('logSoftmax normalizes and survives -Infinity', () => {
    const sum = softmax([1, 2, 3, -Infinity]).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(Array.from(logSoftmax([-Infinity, -Infinity]))).toEqual([-Infinity, -Infinity]);
    expect(argmax([3, 7, 7])).toBe(1);
  });

  it('mulberry32 is deterministic per seed and sampleIndex follows the distribution', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const random = mulberry32(7);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) {
      const drawn = sampleIndex([0.2, 0, 0.8], random);
      counts[drawn] = (counts[drawn] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[0] ?? 0) / 20000).toBeCloseTo(0.2, 1);
  });
});
