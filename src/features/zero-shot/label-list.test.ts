import { describe, expect, it } from 'vitest';
import { addLabels, labelChips, removeLabel } from './label-list.ts';

describe('label chips over the comma-separated text', () => {
  it('show the labels as Python splits and strips them, duplicates once', () => {
    expect(labelChips(' sports,politics , ,sports,a $& b')).toEqual(['sports', 'politics', 'a $& b']);
    expect(labelChips('')).toEqual([]);
  });

  it('adding one or several, and removing one, rewrite the text', () => {
    expect(addLabels('', 'sports')).toBe('sports');
    expect(addLabels('sports', ' politics, cooking ')).toBe('sports, politics, cooking');
    expect(addLabels('sports', 'sports')).toBe('sports');
    expect(addLabels('sports', '  ')).toBe('sports');
    expect(removeLabel('sports, politics, cooking', 1)).toBe('sports, cooking');
    expect(removeLabel('sports', 0)).toBe('');
  });
});
