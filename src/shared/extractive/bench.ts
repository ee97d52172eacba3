import { splitSentences } from './sentences.ts';
import { textRank } from './textrank.ts';

export interface ExtractiveTiming {
  /** Splitting plus TextRank, in milliseconds. */
  ms: number;
  splitMs: number;
  rankMs: number;
  sentences: number;
  /** The TextRank window used; null when the full graph fit the pair budget. */
  window: number | null;
}

/** Times one split + TextRank pass over `text`, for `npm run bench`. */
export function benchExtractive(text: string): ExtractiveTiming {
  const t0 = performance.now();
  const spans = splitSentences(text);
  const t1 = performance.now();
  const { window } = textRank(spans.map((s) => s.text));
  const t2 = performance.now();
  return { ms: t2 - t0, splitMs: t1 - t0, rankMs: t2 - t1, sentences: spans.length, window };
}
