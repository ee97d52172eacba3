/** Lead-N: the first `count` sentences, the standard news baseline (Lead-3 on CNN/DailyMail). */
export function leadSentences<T>(sentences: readonly T[], count: number): T[] {
  return sentences.slice(0, Math.max(0, count));
}

/**
 * Position scores for Lead, so both methods hand the UI the same kind of distribution:
 * linearly decreasing with position (n, n-1, …, 1) and normalised to sum to 1. Only their
 * order carries meaning.
 */
export function leadScores(n: number): number[] {
  const total = (n * (n + 1)) / 2;
  return Array.from({ length: n }, (_, i) => (n - i) / total);
}
