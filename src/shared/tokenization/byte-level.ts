/**
 * GPT-2's byte-level alphabet: byte-level BPE tokenizers (GPT-2, RoBERTa/BART, Llama 3, Qwen,
 * GPT-4o) write every byte as one printable character, so `Ġ` is a space (0x20) and `Ċ` a
 * newline (0x0A). This is `bytes_to_unicode()` from the original GPT-2 code.
 */
const printable = (b: number) =>
  (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);

const BYTE_TO_CODE: number[] = [];
/** Indexed by character code (all alphabet characters are below 0x144); -1 outside the alphabet. */
const CODE_TO_BYTE = new Int16Array(0x144).fill(-1);
{
  let next = 256;
  for (let b = 0; b < 256; b++) {
    const code = printable(b) ? b : next++;
    BYTE_TO_CODE.push(code);
    CODE_TO_BYTE[code] = b;
  }
}

/** The byte a byte-level character code stands for, or -1 outside the alphabet. */
export function byteOfCode(code: number): number {
  return code < CODE_TO_BYTE.length ? (CODE_TO_BYTE[code] ?? -1) : -1;
}

/** The byte a byte-level character stands for, or null. */
export function byteOfChar(ch: string): number | null {
  const byte = ch.length === 1 ? byteOfCode(ch.charCodeAt(0)) : -1;
  return byte < 0 ? null : byte;
}

/** The byte-level character for a byte (used by tests to build tokens). */
export function charOfByte(byte: number): string {
  return String.fromCharCode(BYTE_TO_CODE[byte & 0xff] ?? 0);
}
