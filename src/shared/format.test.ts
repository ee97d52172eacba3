import { expect, it } from 'vitest';
import { formatBytes, formatMs } from './format.ts';

it.each([
  [0, '0 B'],
  [512, '512 B'],
  [1536, '1.5 KB'],
  [27 * 1024 * 1024, '27.0 MB'],
  [300 * 1024 * 1024, '300 MB'],
])('formatBytes(%d) = %s', (n, s) => expect(formatBytes(n)).toBe(s));

it('formatMs', () => {
  expect(formatMs(12.4)).toBe('12 ms');
  expect(formatMs(2500)).toBe('2.50 s');
});
