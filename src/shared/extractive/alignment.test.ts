import { describe, expect, it } from 'vitest';
import { alignSummary } from './alignment.ts';

const ARTICLE =
  'The council met on Tuesday. Residents asked for a new park near the river. ' +
  'The mayor promised that work on the park would start in spring. Some people worried about the cost.';

describe('alignSummary', () => {
  it('claims, for each summary sentence, the article sentence it shares the most with', () => {
    const aligned = alignSummary(
      ARTICLE,
      'The mayor promised work would start in spring. People worried about the cost.',
    );
    expect(aligned.map((s) => s.drawnBy)).toEqual([[], [], [0], [1]]);
    // Spans point into the article.
    for (const s of aligned) expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
  });

  it('a summary that shares no content word with the article claims nothing', () => {
    expect(alignSummary(ARTICLE, 'Zebras gallop.').every((s) => s.drawnBy.length === 0)).toBe(true);
    expect(alignSummary('', 'Anything.')).toEqual([]);
  });
});
