import { leadScores } from './lead.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { textRank, type TextRankOptions, type TextRankResult } from './textrank.ts';

export type ExtractiveMethod = 'lead' | 'textrank';

export interface ExtractiveOptions {
  method: ExtractiveMethod;
  /** How many sentences to select: a non-negative integer; more than there are selects all. */
  count: number;
  textRank?: TextRankOptions;
}

export interface ScoredSentence extends SentenceSpan {
  /** Position in the text, from 0. */
  index: number;
  /** Sums to 1 over all sentences (for Lead, a linear position prior). */
  score: number;
  /** 1 = best; ties go to the earlier sentence. */
  rank: number;
}

export interface ExtractiveSummary {
  method: ExtractiveMethod;
  /** The chosen sentences, in original text order. */
  selected: ScoredSentence[];
  /** Every sentence, in original text order. */
  sentences: ScoredSentence[];
  /** TextRank's convergence and graph facts, for display; null for Lead. */
  graph: Omit<TextRankResult, 'scores'> | null;
}

// Scores closer than this count as equal, so float noise between sentences that are
// symmetric in the graph (e.g. identical ones) cannot reorder them.
const TIE = 1e-12;

/** Lead-N or TextRank over `text`; empty text gives an empty summary. */
export function summarizeExtractive(text: string, options: ExtractiveOptions): ExtractiveSummary {
  const { method, count } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}.`);
  }
  const spans = splitSentences(text);
  let scores: number[];
  let graph: ExtractiveSummary['graph'] = null;
  switch (method) {
    case 'lead':
      scores = leadScores(spans.length);
      break;
    case 'textrank': {
      const { scores: ranked, ...facts } = textRank(
        spans.map((s) => s.text),
        options.textRank,
      );
      scores = ranked;
      graph = facts;
      break;
    }
    default: {
      const unknown: never = method;
      throw new RangeError(`Unknown extractive method: ${String(unknown)}`);
    }
  }
  const ranks = rankScores(scores);
  const sentences = spans.map((span, index) => ({
    ...span,
    index,
    score: scores[index] ?? 0,
    rank: ranks[index] ?? index + 1,
  }));
  return { method, selected: sentences.filter((s) => s.rank <= count), sentences, graph };
}

/** 1-based rank of each score: higher first, equal (within TIE) scores by earlier position. */
export function rankScores(scores: readonly number[]): number[] {
  const order = scores
    .map((score, index) => ({ score, index }))
    .sort((x, y) => (Math.abs(y.score - x.score) > TIE ? y.score - x.score : x.index - y.index));
  const ranks = new Array<number>(scores.length);
  order.forEach(({ index }, position) => (ranks[index] = position + 1));
  return ranks;
}
