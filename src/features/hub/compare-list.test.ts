import { describe, expect, it } from 'vitest';
import { compareListOf, withCompared, withoutCompared } from './compare-list.ts';

describe('the compare list', () => {
  it('adds distinct ids up to three, removes, and trims a list from elsewhere', () => {
    expect(withCompared([], 'a')).toEqual(['a']);
    expect(withCompared(['a'], 'a')).toEqual(['a']);
    expect(withCompared(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
    expect(withoutCompared(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(compareListOf(['a', 'a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c']);
  });
});
