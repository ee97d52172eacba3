import { STOPWORDS } from './stopwords.ts';

/** One sentence as a span of the source string: `source.slice(start, end) === text`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// A run of sentence-final punctuation, or a line break (always a boundary: pasted articles
// put one paragraph per line; hard-wrapped text should be unwrapped before splitting).
const CANDIDATE = /[.!?…‼⁇⁈⁉。．！？｡؟۔।॥።፧։]+|[\n\r\u2028\u2029]/gu;
const LINE_BREAK = /^[\n\r\u2028\u2029]$/u;
// CJK, Arabic, Devanagari and Ethiopic terminators end a sentence even with no space after:
// CJK puts none between sentences, and none of these doubles as an abbreviation mark.
const STRONG = /[。．！？｡؟۔।॥።፧]/u;
const TERMINATOR_START = /^[.!?…‼⁇⁈⁉。．！？｡؟۔।॥።፧։]/u;
// Closing quotes and brackets after the terminator belong to the sentence: `."`, `.)`, `。」`.
const CLOSERS = /["'”’»›)\]}」』）】〕〉》〗〙〛]*/uy;
// Emoji right after a terminator (`Great day! 🎉`) close that sentence rather than open the next.
const TRAILING_EMOJI =
  /(?:[ \t]*(?:\p{Extended_Pictographic}|\p{Regional_Indicator})[\u{FE0F}\u{200D}\p{Emoji_Modifier}\p{Extended_Pictographic}\p{Regional_Indicator}]*)*/uy;
const OPENERS = /["'“‘«‹([{「『（【〔〈《]*/uy;
const NEXT_WORD = /[\p{L}\p{M}\p{N}'’]+/uy;
const SPACE = /\s/u;

const wordSet = (...lines: string[]) => new Set(lines.join(' ').split(' '));
// Followed by a name, so never sentence-final: `Mr. Smith`, `Roe v. Wade`, `Mt. Everest`.
const TITLES = wordSet(
  'mr mrs ms messrs dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl',
  'rev fr hon pres supt det insp mt vs v',
);
// Abbreviations that precede a number: `No. 10`, `Vol. 3`, `Fig. 2`.
const NUMBERED = wordSet('no nos vol vols p pp fig figs art sec ch op');
// Abbreviations that may also end a sentence (`Apple Inc.`, `Jan.`, `etc.`).
const ABBREVIATIONS = wordSet(
  'jan feb mar apr jun jul aug sep sept oct nov dec',
  'inc ltd corp co llc plc bros jr sr st ave blvd rd etc approx dept est univ assn al ca',
);
// Dotted abbreviations: `U.S`, `e.g`, `a.m`, `Ph.D` (the final period is the candidate).
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

/**
 * Splits text into sentences, returned as spans into `text` in order. Spans never overlap,
 * carry no leading or trailing whitespace, and together cover every non-whitespace character
 * (a cut only ever falls between two sentences, never drops text). A CNN dateline such as
 * `LONDON (CNN) --` or `(CNN)The` stays with the first sentence: it has no terminator.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const run = match[0];
    if (LINE_BREAK.test(run)) {
      cuts.push(match.index);
      continue;
    }
    const end = skipSticky(TRAILING_EMOJI, text, skipSticky(CLOSERS, text, match.index + run.length));
    if (isBoundary(text, match.index, run, end, cuts[cuts.length - 1] ?? 0)) cuts.push(end);
  }
  return spansBetween(text, cuts);
}

function isBoundary(text: string, at: number, run: string, end: number, lastCut: number): boolean {
  if (STRONG.test(run)) return true;
  const after = text[end];
  // No space after: `3.5`, `U.S.A`, `example.com`, `Yahoo!News`.
  if (after !== undefined && !SPACE.test(after)) return false;
  const next = nextWord(text, end);
  if (next === null) return true;
  // Spaced ellipsis `. . .`: let the last period decide.
  if (TERMINATOR_START.test(next.first)) return false;
  // Sentences do not start in lower case: `"Why?" he asked`, `e.g. the`, `Wait... what`.
  if (/\p{Ll}/u.test(next.first)) return false;
  if (run !== '.') return true;
  const word = wordBefore(text, at);
  // A list marker (`2. The ...`) opening a sentence is not a sentence of its own.
  if (/^\p{N}{1,3}$/u.test(word) && text.slice(lastCut, at - word.length).trim() === '') return false;
  // `then-Sen. Obama`: the title is the last part of a hyphenated word.
  const lower = word.toLowerCase().split('-').pop() ?? '';
  if (TITLES.has(lower)) return false;
  if (NUMBERED.has(lower) && /\p{N}/u.test(next.first)) return false;
  const abbreviated = ABBREVIATIONS.has(lower) || DOTTED.test(word) || /^\p{Lu}$/u.test(word);
  // After an abbreviation or initial, only a capitalised function word signals a new
  // sentence: `in the U.S. The ...` splits, `U.S. Navy` and `George W. Bush` do not.
  return !abbreviated || next.startsSentence;
}

function nextWord(text: string, from: number): { first: string; startsSentence: boolean } | null {
  let at = from;
  while (at < text.length && SPACE.test(text[at] ?? '')) at++;
  if (at >= text.length) return null;
  at = skipSticky(OPENERS, text, at);
  const first = String.fromCodePoint(text.codePointAt(at) ?? 32);
  NEXT_WORD.lastIndex = at;
  const word = NEXT_WORD.exec(text)?.[0] ?? '';
  // `J. A. Smith`: a one-letter word followed by a period is another initial.
  const initial = Array.from(word).length === 1 && text[at + word.length] === '.';
  const startsSentence = /^\p{Lu}/u.test(word) && !initial && STOPWORDS.has(word.toLowerCase());
  return { first, startsSentence };
}

/** The token ending just before `at`, without opening quotes or brackets: `("U.S.` → `U.S`. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !SPACE.test(text[from - 1] ?? ' ')) from--;
  return text.slice(skipSticky(OPENERS, text, from), at);
}

function skipSticky(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text) === null ? at : pattern.lastIndex;
}

function spansBetween(text: string, cuts: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue;
    let start = from;
    let end = cut;
    while (start < end && SPACE.test(text[start] ?? '')) start++;
    while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
    from = cut;
  }
  return spans;
}
