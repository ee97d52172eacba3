import type { SentenceSpan } from './sentences.ts';

export interface Chunk {
  /** The text that was measured and should be fed to the model: member texts joined by one space. */
  text: string;
  /** Source span from the first member's start to the last member's end. */
  start: number;
  end: number;
  /** Members in order; a piece of an over-long sentence is a sub-span of that sentence. */
  sentences: SentenceSpan[];
  /** `countTokens(text)`, never more than `maxTokens`. */
  tokens: number;
  /** True when this chunk is one piece of a sentence too long to fit alone. */
  partial: boolean;
}

/**
 * Packs sentences greedily, in order, into chunks whose joined text measures at most
 * `maxTokens` with `countTokens`. Each candidate chunk is measured as a whole rather than by
 * summing per-sentence counts, because a tokenizer's special tokens and merges across the
 * joining space make sums inexact.
 *
 * A sentence that does not fit alone is cut at whitespace into the longest pieces that fit,
 * each piece its own chunk; a single word that still does not fit (a URL, or a CJK sentence
 * with no spaces) is cut between grapheme clusters. Throws a RangeError when even one
 * grapheme exceeds `maxTokens` (e.g. a tokenizer that adds more special tokens than that).
 */
export function chunkSentences(
  sentences: readonly SentenceSpan[],
  countTokens: (text: string) => number,
  maxTokens: number,
): Chunk[] {
  if (!(maxTokens >= 1)) throw new RangeError(`maxTokens must be at least 1, got ${maxTokens}.`);
  const chunks: Chunk[] = [];
  let members: SentenceSpan[] = [];
  let text = '';
  let tokens = 0;
  const flush = () => {
    if (members.length > 0) chunks.push(makeChunk(members, text, tokens, false));
    members = [];
  };
  for (const sentence of sentences) {
    const candidate = members.length === 0 ? sentence.text : `${text} ${sentence.text}`;
    const measured = countTokens(candidate);
    if (measured <= maxTokens) {
      members.push(sentence);
      text = candidate;
      tokens = measured;
      continue;
    }
    flush();
    const alone = countTokens(sentence.text);
    if (alone <= maxTokens) {
      members = [sentence];
      text = sentence.text;
      tokens = alone;
      continue;
    }
    for (const piece of cutSentence(sentence, countTokens, maxTokens)) {
      chunks.push(makeChunk([piece.span], piece.span.text, piece.tokens, true));
    }
  }
  flush();
  return chunks;
}

function makeChunk(members: SentenceSpan[], text: string, tokens: number, partial: boolean): Chunk {
  const start = members[0]?.start ?? 0;
  const end = members[members.length - 1]?.end ?? start;
  return { text, start, end, sentences: members, tokens, partial };
}

interface Piece {
  span: SentenceSpan;
  tokens: number;
}

/** Pieces of an over-long sentence, each as long as fits, as sub-spans of it. */
function cutSentence(sentence: SentenceSpan, countTokens: (text: string) => number, maxTokens: number) {
  const words = Array.from(sentence.text.matchAll(/\S+/g), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return packUnits(sentence, words, countTokens, maxTokens, 'words');
}

/** Greedily packs consecutive units (offsets into `sentence.text`) into pieces that fit. */
function packUnits(
  sentence: SentenceSpan,
  units: readonly { start: number; end: number }[],
  countTokens: (text: string) => number,
  maxTokens: number,
  level: 'words' | 'graphemes',
): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < units.length) {
    const from = units[i]?.start ?? 0;
    const upTo = (k: number) => sentence.text.slice(from, units[i + k - 1]?.end ?? from);
    const fit = longestFit(units.length - i, (k) => countTokens(upTo(k)), maxTokens);
    if (fit.count > 0) {
      const text = upTo(fit.count);
      pieces.push({
        span: { text, start: sentence.start + from, end: sentence.start + from + text.length },
        tokens: fit.tokens,
      });
      i += fit.count;
      continue;
    }
    if (level === 'graphemes')
      throw new RangeError(`maxTokens ${maxTokens} is too small: one character measures more.`);
    // One word alone is too long: cut it between grapheme clusters instead.
    const word = sentence.text.slice(from, units[i]?.end ?? from);
    const graphemes = Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word),
      (g) => ({
        start: from + g.index,
        end: from + g.index + g.segment.length,
      }),
    );
    pieces.push(...packUnits(sentence, graphemes, countTokens, maxTokens, 'graphemes'));
    i++;
  }
  return pieces;
}

/**
 * The largest k in [0, available] whose measure fits, by doubling then bisection: O(log n)
 * measurements instead of one per unit. Only measured values are returned, so the result
 * fits even where a tokenizer is not perfectly monotone in prefix length.
 */
function longestFit(available: number, measure: (k: number) => number, maxTokens: number) {
  let good = { count: 0, tokens: 0 };
  let bad = available + 1;
  for (let k = 1; k <= available; k *= 2) {
    const tokens = measure(k);
    if (tokens > maxTokens) {
      bad = k;
      break;
    }
    good = { count: k, tokens };
  }
  if (bad === available + 1 && good.count < available) {
    const tokens = measure(available);
    if (tokens <= maxTokens) return { count: available, tokens };
    bad = available;
  }
  while (bad - good.count > 1) {
    const mid = Math.floor((good.count + bad) / 2);
    const tokens = measure(mid);
    if (tokens <= maxTokens) good = { count: mid, tokens };
    else bad = mid;
  }
  return good;
}
