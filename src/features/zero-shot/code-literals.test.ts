import { describe, expect, it } from 'vitest';
import { jsString, pythonString } from './code-literals.ts';

const TRICKY = [
  'plain',
  'say "hi"',
  "it's",
  'back\\slash \\n',
  'line\nbreak\r\ttab',
  'a $& b {} {0} {{x}}',
  '\u0000\u0007\u007f\u0085',
  'sep\u2028par\u2029',
  'emoji 😀 ok',
  'lone \ud800 high, lone \udc00 low',
];

describe('code literals', () => {
  it('JavaScript: every string reads back as itself', () => {
    for (const s of TRICKY) {
      const literal = jsString(s);
      expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
      expect(new Function(`return ${literal};`)()).toBe(s);
    }
  });

  it('Python: double-quoted, with escapes Python reads the same way', () => {
    expect(pythonString('say "hi"')).toBe('"say \\"hi\\""');
    expect(pythonString("it's")).toBe('"it\'s"');
    expect(pythonString('a\\b\nc')).toBe('"a\\\\b\\nc"');
    expect(pythonString('a $& b {}')).toBe('"a $& b {}"');
    expect(pythonString('\u0000\u2028')).toBe('"\\u0000\\u2028"');
    expect(pythonString('lone \ud800')).toBe('"lone \\ud800"');
    expect(pythonString('😀')).toBe('"😀"');
    // Python's escapes are a subset of JSON's here, so JSON reads it back the same too.
    for (const s of TRICKY) expect(JSON.parse(pythonString(s).replace(/\\'/g, "'"))).toBe(s);
  });
});
