/**
 * `Range` header handling, as the Hub does it for the one form clients use: a single
 * `bytes=start-end`, `bytes=start-` or `bytes=-suffix`. Anything else (other units, several
 * ranges, a malformed value) is ignored and the whole file is sent, as RFC 9110 allows.
 */

export type RangeRequest =
  | { type: 'none' }
  | { type: 'range'; start: number; end: number } // inclusive, like Content-Range
  | { type: 'unsatisfiable' };

export function parseRange(header: string | undefined, size: number): RangeRequest {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return { type: 'none' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { type: 'none' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { type: 'unsatisfiable' };
    return { type: 'range', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  if (end < start) return { type: 'none' };
  // A zero-length file answers any range with 416; transformers.js reads that as "empty file".
  if (start >= size) return { type: 'unsatisfiable' };
  return { type: 'range', start, end: Math.min(end, size - 1) };
}
