import { describe, expect, it } from 'vitest';
import { benchExtractive } from './bench.ts';

describe('benchExtractive', () => {
  it('reports the sentences it timed, and the full graph for a short text', () => {
    const timing = benchExtractive('Rain hit the town. The town flooded. Crews came.');
    expect(timing).toMatchObject({ sentences: 3, window: null });
  });

  it('switches to the windowed graph on a long text, as the 1 MB bench case does', () => {
    const text = Array.from(
      { length: 6000 },
      (_, i) => `Sentence ${i} tells of the river and the mill.`,
    ).join(' ');
    const timing = benchExtractive(text);
    expect(timing.sentences).toBe(6000);
    expect(timing.window).toBeGreaterThan(0);
  });
});
