/**
 * A comparison form of text for aligning tokens with the text they came from. Tokenizers
 * normalise (lowercase, strip accents, NFKC/NFC, collapse or drop whitespace), so both sides
 * are brought to the same form: lowercase, compatibility-decomposed, combining marks removed,
 * every whitespace character a single space. Each unit remembers the source character it
 * came from.
 */
export interface CanonicalText {
  units: string;
  /** For each unit, the UTF-16 range of its source character. */
  origin: Int32Array;
  originEnd: Int32Array;
  /** For each source UTF-16 index (and one past the end), the first unit it produced. */
  unitAt: Int32Array;
}

const MARKS = /\p{M}/gu;
// Format characters (zero-width joiner, …) count as whitespace: T5 turns them into spaces, BERT
// drops them, byte-level BPE keeps them; as a space each of these lines up.
const SPACE = /[\s\p{Cf}]/u;
const SPACES = /\s/gu;
const cache = new Map<string, string>();

function canonicalChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const form = SPACE.test(ch)
    ? ' '
    : ch
        .toLowerCase()
        .normalize('NFKD')
        .replace(MARKS, '')
        // Python's lower() picks final sigma by context; compare both sigmas as one.
        .replaceAll('ς', 'σ')
        .replace(SPACES, ' ');
  if (cache.size < 50_000) cache.set(ch, form);
  return form;
}

const ASCII_SPACES = /[\t\n\v\f\r]/g;

/** Growable unit → source-range arrays (typed: a 100,000-character text makes 100,000 units). */
class Origins {
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  size = 0;
  push(from: number, to: number): void {
    if (this.size === this.start.length) {
      const start = new Int32Array(this.size * 2);
      const end = new Int32Array(this.size * 2);
      start.set(this.start);
      end.set(this.end);
      this.start = start;
      this.end = end;
    }
    this.start[this.size] = from;
    this.end[this.size] = to;
    this.size++;
  }
}

export function canonicalize(text: string): CanonicalText {
  const parts: string[] = [];
  const origins = new Origins();
  const unitAt = new Int32Array(text.length + 1);
  let i = 0;
  while (i < text.length) {
    // Runs of ASCII (most text) in bulk: one unit per character, lowercase, whitespace as ' '.
    let run = i;
    while (run < text.length && text.charCodeAt(run) < 128) run++;
    if (run > i) {
      parts.push(text.slice(i, run).toLowerCase().replace(ASCII_SPACES, ' '));
      for (let p = i; p < run; p++) {
        unitAt[p] = origins.size;
        origins.push(p, p + 1);
      }
      i = run;
      continue;
    }
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const form = canonicalChar(text.slice(i, i + width));
    unitAt[i] = origins.size;
    if (width === 2) unitAt[i + 1] = origins.size;
    for (let k = 0; k < form.length; k++) origins.push(i, i + width);
    parts.push(form);
    i += width;
  }
  unitAt[text.length] = origins.size;
  return {
    units: parts.join(''),
    origin: origins.start.subarray(0, origins.size),
    originEnd: origins.end.subarray(0, origins.size),
    unitAt,
  };
}
