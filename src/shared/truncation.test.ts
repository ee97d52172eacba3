import { describe, expect, it } from 'vitest';
import { truncateKeepingSpecials } from './truncation.ts';

// BART-style `<s> $A </s>` with ids 0 / 2 around content 10..15.
const content = { ids: [10, 11, 12, 13, 14, 15], tokens: ['a', 'b', 'c', 'd', 'e', 'f'] };
const full = { ids: [0, ...content.ids, 2], tokens: ['<s>', ...content.tokens, '</s>'] };

describe('truncateKeepingSpecials', () => {
  it('keeps both specials and cuts the content tail', () => {
    const out = truncateKeepingSpecials(full, content, 5);
    expect(out.row.ids).toEqual([0, 10, 11, 12, 2]);
    expect(out.row.tokens).toEqual(['<s>', 'a', 'b', 'c', '</s>']);
    expect(out.cut).toBe(3);
    expect(out.specials).toBe(2);
  });

  it('leaves short input untouched', () => {
    expect(truncateKeepingSpecials(full, content, 8)).toEqual({ row: full, cut: 0, specials: 2 });
  });

  it('handles a suffix-only template (T5: `$A </s>`)', () => {
    const t5 = { ids: [...content.ids, 1], tokens: [...content.tokens, '</s>'] };
    expect(truncateKeepingSpecials(t5, content, 3).row.ids).toEqual([10, 11, 1]);
  });

  it('refuses a max_length with no room for text', () => {
    expect(() => truncateKeepingSpecials(full, content, 2)).toThrow(/adds 2 special tokens/);
  });
});
