import { describe, expect, it } from 'vitest';
import { benchExtractive } from './bench.ts';

describe('benchExtractive', () => {
  it('times splitting and ranking separately', () => {
    const timing = benchExtractive('Rain hit the town. The town flooded. Crews came.');
    expect(timing).toMatchObject({ sentences: 3, window: null });
    expect(timing.splitMs).toBeGreaterThanOrEqual(0);
    expect(timing.rankMs).toBeGreaterThanOrEqual(0);
    expect(timing.ms).toBeCloseTo(timing.splitMs + timing.rankMs, 6);
  });
});
