/**
 * UTF-8 decoding that keeps track of which bytes make which character, so tokens that hold
 * part of a character (byte-level BPE, byte fallback) can be given that character's range.
 */

/** Length of a valid UTF-8 sequence at `i`, or 0 (then the byte decodes to U+FFFD alone). */
function sequenceLength(bytes: readonly number[], i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    const c = bytes[i + k];
    if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

/** Decodes `bytes`, recording for every byte the UTF-16 range of the character it belongs to. */
export function decodeUtf8WithOffsets(bytes: readonly number[]): {
  text: string;
  charStart: Int32Array;
  charEnd: Int32Array;
} {
  const charStart = new Int32Array(bytes.length);
  const charEnd = new Int32Array(bytes.length);
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    let ch = '\uFFFD';
    if (n > 0) {
      const b = bytes[i] ?? 0;
      let cp = n === 1 ? b : b & (0xff >> (n + 1));
      for (let k = 1; k < n; k++) cp = (cp << 6) | ((bytes[i + k] ?? 0) & 0x3f);
      ch = String.fromCodePoint(cp);
    }
    const size = Math.max(n, 1);
    for (let k = i; k < i + size; k++) {
      charStart[k] = length;
      charEnd[k] = length + ch.length;
    }
    length += ch.length;
    parts.push(ch);
    i += size;
  }
  return { text: parts.join(''), charStart, charEnd };
}

/** Whether `bytes` end on a character boundary (no multi-byte sequence left open). */
export function endsOnBoundary(bytes: readonly number[]): boolean {
  let k = bytes.length - 1;
  while (k >= 0 && bytes.length - k < 4 && ((bytes[k] ?? 0) & 0xc0) === 0x80) k--;
  if (k < 0) return true;
  const lead = bytes[k] ?? 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - k >= need;
}
