import { describe, expect, it } from 'vitest';
import { argmax, compareDescending, logSoftmax, logSumExp, softmax, topKIndices } from './math.ts';
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

describe('topKIndices against a full sort', () => {
  it('agrees on rows with ties, -Infinity and NaN, for every k', () => {
    const random = mulberry32(11);
    const pool = [-Infinity, NaN, 0, 1, 1, 2.5, -3];
    for (let trial = 0; trial < 300; trial++) {
      const row = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        random() < 0.5 ? (pool[Math.floor(random() * pool.length)] ?? 0) : Math.round(random() * 8) - 4,
      );
      // Larger first, NaN last, ties by index: what the engine promises.
      const sorted = row
        .map((_, i) => i)
        .sort((a, b) => compareDescending(row[a] ?? 0, row[b] ?? 0) || a - b);
      for (const k of [1, 2, 5, row.length]) expect(topKIndices(row, k)).toEqual(sorted.slice(0, k));
    }
  });

  it('logSumExp normalises softmax and stays -Infinity for an impossible row', () => {
    const row = [1, 2, -Infinity, 0.5];
    const total = softmax(row).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(logSumExp(row)).toBeCloseTo(Math.log(Math.E + Math.E ** 2 + Math.E ** 0.5), 12);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
  });
});
