/**
 * String literals for the code a view shows, escaped so that any text (quotes, backslashes, line
 * breaks, control characters, lone surrogates) reads back as exactly the same string.
 */

/** A code unit that must be written as an escape: controls, line/paragraph separators, lone surrogates. */
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

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

function quoted(s: string, quote: '"' | "'"): string {
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const short = SHORT[ch];
    if (short !== undefined) out += short;
    else if (ch === quote) out += `\\${quote}`;
    // `\uXXXX` means the same code unit in a Python str literal and a JavaScript string.
    else if (needsEscape(s, i)) out += `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** A Python `str` literal in double quotes (not an f-string: braces stay as they are). */
export const pythonString = (s: string): string => quoted(s, '"');

/** A JavaScript string literal in single quotes. */
export const jsString = (s: string): string => quoted(s, "'");

export const pythonBool = (b: boolean): string => (b ? 'True' : 'False');
