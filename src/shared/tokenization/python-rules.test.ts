import { describe, expect, it } from 'vitest';
import { longestFirst, resolvePlan } from './python-rules.ts';
import { fakeTokenizer } from './testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS } from './types.ts';

describe('longestFirst (Rust tokenizers LongestFirst, max_length 7)', () => {
  // The same lengths as the `truncate_encodings_longest_first` table in huggingface/tokenizers.
  it.each([
    [0, 0, 0, 0],
    [0, 2, 0, 2],
    [0, 4, 0, 4],
    [0, 8, 0, 7],
    [2, 0, 2, 0],
    [2, 2, 2, 2],
    [2, 4, 2, 4],
    [2, 8, 2, 5],
    [4, 0, 4, 0],
    [4, 2, 4, 2],
    [4, 4, 3, 4],
    [4, 8, 3, 4],
    [8, 0, 7, 0],
    [8, 2, 5, 2],
    [8, 4, 4, 3],
    [8, 8, 3, 4],
  ])('%i + %i → %i + %i', (n1, n2, k1, k2) => {
    expect(longestFirst(n1, n2, 7)).toEqual([k1, k2]);
  });

  it('keeps nothing with a zero budget', () => {
    expect(longestFirst(4, 8, 0)).toEqual([0, 0]);
  });
});

describe('resolvePlan', () => {
  it('uses the tokenizer padding side unless one is chosen', () => {
    const raw = fakeTokenizer({ paddingSide: 'left' });
    const plan = (side: 'left' | 'right' | null) => {
      const out = resolvePlan(raw, { ...DEFAULT_SETTINGS, padding_side: side });
      return out.ok ? out.plan.paddingSide : null;
    };
    expect([plan(null), plan('right'), plan('left')]).toEqual(['left', 'right', 'left']);
  });

  it.each([
    [{ padding: 'longest' as const }, { truncateTo: null, padTo: 'longest' }],
    [
      { padding: 'max_length' as const, max_length: 8 },
      { truncateTo: null, padTo: 8 },
    ],
    [{ truncation: true }, { truncateTo: 512, padTo: null }],
    [
      { truncation: true, max_length: 16, padding: 'longest' as const },
      { truncateTo: 16, padTo: 'longest' },
    ],
  ])('%o', (over, expected) => {
    const out = resolvePlan(fakeTokenizer(), { ...DEFAULT_SETTINGS, ...over });
    expect(out.ok && { truncateTo: out.plan.truncateTo, padTo: out.plan.padTo }).toEqual(expected);
  });
});
