import { STOPWORDS } from './stopwords.ts';

// Letters, marks (Devanagari vowel signs are \p{M}) and digits, with inner apostrophes kept.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHE = /['’]/;
const NON_ASCII = /[^\0-\x7f]/;
const CJK_RUN = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)/u;

/**
 * Content words of a sentence for similarity: NFKC-normalised, lower-cased, possessive `'s`
 * dropped, stopwords removed. Chinese and Japanese do not separate words with spaces, so a
 * run of Han/Kana characters becomes overlapping character bigrams (a common
 * dictionary-free stand-in for word segmentation); otherwise a whole CJK sentence would be
 * one token and never overlap another.
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  // NFKC folds full-width letters and ligatures; ASCII text is already in that form.
  const normalized = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  for (const [raw] of normalized.toLowerCase().matchAll(WORD)) {
    if (!NON_ASCII.test(raw) || !CJK_RUN.test(raw)) {
      pushWord(raw, words);
      continue;
    }
    // split() with a capture group alternates non-CJK and CJK parts.
    raw.split(CJK_RUN).forEach((part, i) => (i % 2 === 1 ? pushBigrams(part, words) : pushWord(part, words)));
  }
  return words;
}

function pushWord(raw: string, words: string[]): void {
  const word = APOSTROPHE.test(raw) ? raw.replace(/’/g, "'").replace(/'s$/, '') : raw;
  if (word !== '' && !STOPWORDS.has(word)) words.push(word);
}

function pushBigrams(run: string, words: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) words.push(run);
  for (let i = 0; i + 1 < chars.length; i++) words.push(`${chars[i]}${chars[i + 1]}`);
}
