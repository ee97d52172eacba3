/**
 * Character spans for tokens. transformers.js returns no offsets, so the tokens' surface (what
 * they stand for, see surface.ts) is aligned with the original text in canonical form: a
 * linear walk that matches equal units, skips whitespace that only one side has (a prefix
 * space, collapsed or dropped whitespace), lets an unknown token's wildcard take the text up to
 * what follows it, and re-synchronises after a mismatch (a character the normaliser dropped) by
 * searching a few units ahead in a bounded window. Linear in the text length.
 */
import { canonicalize } from './canonical.ts';
import { buildSurface, SOFT_SPACE, WILDCARD, type SurfaceSource } from './surface.ts';
import type { Span } from './types.ts';

/** Units compared when re-synchronising, and how far ahead to look. */
const PROBE = 8;
const WINDOW = 256;

const isGap = (unit: string | undefined) => unit === ' ' || unit === SOFT_SPACE;
const SPACE_CODE = 32;
const SOFT_CODE = SOFT_SPACE.charCodeAt(0);
const WILDCARD_CODE = WILDCARD.charCodeAt(0);

/** Up to PROBE units from `at`, stopping at whitespace or a wildcard. */
function probeAt(units: string, at: number): string {
  let end = at;
  while (end < units.length && end - at < PROBE) {
    const unit = units[end];
    if (isGap(unit) || unit === WILDCARD) break;
    end++;
  }
  return units.slice(at, end);
}

/** Where `probe` next occurs in `units` from `at`, within the window; -1 if not there. */
function findAhead(units: string, at: number, probe: string): number {
  if (probe === '') return -1;
  const found = units.slice(at, at + WINDOW + probe.length).indexOf(probe);
  return found < 0 ? -1 : at + found;
}

/** The text units an unknown token's wildcard stands for: up to where the next known unit resumes. */
function wildcardEnd(surface: string, text: string, i: number, j: number): number {
  let next = i + 1;
  while (next < surface.length && isGap(surface[next])) next++;
  if (next >= surface.length) return text.length;
  if (surface[next] === WILDCARD) {
    // Another unknown follows: take one word if the tokens put a space between, else one character.
    if (next === i + 1) return Math.min(text.length, j + 1);
    const space = text.indexOf(' ', j);
    return space < 0 ? text.length : space;
  }

  const found = findAhead(text, j, probeAt(surface, next));
  if (found >= 0) return found;
  const space = text.indexOf(' ', j);
  return space < 0 ? text.length : space;
}

/** For each unit of `surface`, the range `[from, to)` of `text` units it matches (from = -1: none). */
function matchUnits(surface: string, text: string): { from: Int32Array; to: Int32Array } {
  const from = new Int32Array(surface.length).fill(-1);
  const to = new Int32Array(surface.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < surface.length && j < text.length) {
    const a = surface.charCodeAt(i);
    const b = text.charCodeAt(j);
    if (a === WILDCARD_CODE) {
      while (j < text.length && text[j] === ' ') j++;
      let end = wildcardEnd(surface, text, i, j);
      while (end > j && text[end - 1] === ' ') end--;
      if (end > j) [from[i], to[i]] = [j, end];
      j = Math.max(j, end);
      i++;
    } else if (a === b) {
      [from[i], to[i]] = [j, j + 1];
      i++;
      j++;
    } else if (a === SPACE_CODE || a === SOFT_CODE) {
      i++;
    } else if (b === SPACE_CODE) {
      j++;
    } else {
      const ahead = findAhead(text, j, probeAt(surface, i));
      const extra = ahead < 0 ? findAhead(surface, i, probeAt(text, j)) : -1;
      if (ahead > j) j = ahead;
      else if (extra > i) i = extra;
      else {
        i++;
        j++;
      }
    }
  }
  return { from, to };
}

/**
 * Spans into `text` for each token (`ids`/`tokens` are the content tokens of that text, without
 * special tokens). Null where no character of the token could be aligned.
 */
export function alignTokens(
  text: string,
  ids: readonly number[],
  tokens: readonly string[],
  source: SurfaceSource,
): (Span | null)[] {
  const surface = buildSurface(ids, tokens, source);
  const s = canonicalize(surface.text);
  const t = canonicalize(text);
  const { from, to } = matchUnits(s.units, t.units);
  const spans: (Span | null)[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const first = s.unitAt[surface.starts[k] ?? 0] ?? 0;
    const last = s.unitAt[surface.ends[k] ?? 0] ?? first;
    let start = Infinity;
    let end = -1;
    for (let u = first; u < last; u++) {
      const f = from[u] ?? -1;
      if (f < 0) continue;
      start = Math.min(start, t.origin[f] ?? start);
      end = Math.max(end, t.originEnd[(to[u] ?? f + 1) - 1] ?? end);
    }
    spans.push(end >= 0 ? [start, end] : null);
  }
  return spans;
}
