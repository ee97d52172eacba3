/**
 * Which article sentences a summary drew on: for each sentence of the summary, the article
 * sentence sharing the most content-word bigrams with it (then unigrams, then the earlier one),
 * as extractive "oracle" alignments do for abstractive summaries. Sentences the summary shares
 * no content word with are not claimed. Pure, no model: a highlight for people, not a metric.
 */
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { contentWords } from './words.ts';

export interface SourceSentence extends SentenceSpan {
  /** Indices (0-based) of the summary sentences that drew on this article sentence. */
  drawnBy: number[];
}

function bigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
}

export function alignSummary(article: string, summary: string): SourceSentence[] {
  const sentences = splitSentences(article);
  const words = sentences.map((s) => contentWords(s.text));
  const unigramSets = words.map((w) => new Set(w));
  const bigramSets = words.map(bigrams);
  const drawn: number[][] = sentences.map(() => []);
  splitSentences(summary).forEach((summarySentence, index) => {
    const own = contentWords(summarySentence.text);
    const ownUnigrams = new Set(own);
    const ownBigrams = bigrams(own);
    let best = -1;
    let bestScore: [number, number] = [0, 0];
    sentences.forEach((_, i) => {
      const score: [number, number] = [
        shared(ownBigrams, bigramSets[i] ?? new Set()),
        shared(ownUnigrams, unigramSets[i] ?? new Set()),
      ];
      if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) drawn[best]?.push(index);
  });
  return sentences.map((s, i) => ({ ...s, drawnBy: drawn[i] ?? [] }));
}
