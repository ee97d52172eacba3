import { describe, expect, it } from 'vitest';
import { parseRange, type RangeRequest } from './loopback-hub-range.ts';

describe('parseRange', () => {
  const cases: Array<[string | undefined, number, RangeRequest]> = [
    [undefined, 10, { type: 'none' }],
    ['bytes=0-0', 10, { type: 'range', start: 0, end: 0 }],
    ['bytes=2-5', 10, { type: 'range', start: 2, end: 5 }],
    ['bytes=4-', 10, { type: 'range', start: 4, end: 9 }],
    ['bytes=4-999', 10, { type: 'range', start: 4, end: 9 }],
    ['bytes=-3', 10, { type: 'range', start: 7, end: 9 }],
    ['bytes=-30', 10, { type: 'range', start: 0, end: 9 }],
    ['bytes=10-', 10, { type: 'unsatisfiable' }],
    ['bytes=0-0', 0, { type: 'unsatisfiable' }],
    ['bytes=-0', 10, { type: 'unsatisfiable' }],
    ['bytes=5-2', 10, { type: 'none' }],
    ['bytes=0-1,4-5', 10, { type: 'none' }],
    ['items=0-1', 10, { type: 'none' }],
    ['bytes=-', 10, { type: 'none' }],
  ];
  it.each(cases)('%s of %i bytes', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});
