/**
 * Literals for "copy as code" snippets, escaped so that any text (quotes, backslashes, line breaks,
 * control characters, lone surrogates) reads back in Python and JavaScript as exactly the same string.
 * Other non-ASCII text (accents, emoji, `…`) is kept as it is, so the snippet stays readable.
 */

export type Quote = '"' | "'";

/** Escapes both languages read the same way (and JSON too). */
const SHORT: Record<string, string> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A code unit written as `\uXXXX`: C0 and C1 controls (invisible when shown), U+2028/2029 (line
 * terminators in JavaScript before ES2019, and editors such as VS Code offer to delete them on
 * opening a file) and lone surrogates (not valid text on their own).
 */
function needsEscape(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = s.charCodeAt(i - 1);
    return !(prev >= 0xd800 && prev <= 0xdbff);
  }
  return false;
}

function quoted(s: string, quote: Quote): string {
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const short = SHORT[ch];
    if (short !== undefined) out += short;
    else if (ch === quote) out += `\\${quote}`;
    // `\uXXXX` is the same code unit in a Python str literal and a JavaScript string.
    else if (needsEscape(s, i)) out += `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** A Python `str` literal in double quotes (not an f-string: braces stay as they are). */
export const pythonString = (s: string): string => quoted(s, '"');

/** A JavaScript string literal, in double quotes unless a snippet writes single-quoted strings. */
export const jsString = (s: string, quote: Quote = '"'): string => quoted(s, quote);

export const pythonBool = (b: boolean): string => (b ? 'True' : 'False');
