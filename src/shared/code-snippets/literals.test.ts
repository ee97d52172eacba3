import { describe, expect, it } from 'vitest';
import { jsString, pythonBool, pythonString } from './literals.ts';

/**
 * Text → the double-quoted literal, written by hand. Each literal was read back with Python's
 * `ast.literal_eval` and gives the text again; JavaScript reads it back below.
 */
const DOUBLE_QUOTED: Array<[string, string, string]> = [
  ['plain', 'plain', String.raw`"plain"`],
  ['double quotes', 'say "hi"', String.raw`"say \"hi\""`],
  ['a single quote', "it's", String.raw`"it's"`],
  ['a backslash', 'a\\b \\n', String.raw`"a\\b \\n"`],
  ['line breaks and a tab', 'line\nbreak\r\ttab', String.raw`"line\nbreak\r\ttab"`],
  ['backspace and form feed', '\b\f', String.raw`"\b\f"`],
  ['other C0 controls', '\u0000\u0007\u001b', String.raw`"\u0000\u0007\u001b"`],
  ['DEL and C1 controls', '\u007f\u0085\u009f', String.raw`"\u007f\u0085\u009f"`],
  ['line and paragraph separators', 'sep\u2028par\u2029', String.raw`"sep\u2028par\u2029"`],
  ['lone surrogates', 'lone \ud800 high, \udc00 low', String.raw`"lone \ud800 high, \udc00 low"`],
  ['other non-ASCII as it is', 'é 😀 …', '"é 😀 …"'],
  ['braces and $ as they are', 'a $& b {} {0} {{x}}', '"a $& b {} {0} {{x}}"'],
];

describe('pythonString and jsString', () => {
  it.each(DOUBLE_QUOTED)('%s', (_name, text, literal) => {
    expect(pythonString(text)).toBe(literal);
    expect(jsString(text)).toBe(literal);
    expect(JSON.parse(literal)).toBe(text);
    expect(new Function(`return ${literal};`)()).toBe(text);
  });

  it('single-quoted JavaScript escapes the single quote and leaves double quotes', () => {
    const cases: Array<[string, string]> = [
      ["it's", String.raw`'it\'s'`],
      ['say "hi"', String.raw`'say "hi"'`],
      ['a\\b\n\u2028', String.raw`'a\\b\n\u2028'`],
    ];
    for (const [text, literal] of cases) {
      expect(jsString(text, "'")).toBe(literal);
      expect(new Function(`return ${literal};`)()).toBe(text);
    }
  });

  it('pythonBool writes Python’s capitalised booleans', () => {
    expect([pythonBool(true), pythonBool(false)]).toEqual(['True', 'False']);
  });
});
