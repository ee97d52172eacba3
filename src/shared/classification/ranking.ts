/**
 * Label order, as each Python pipeline sorts. The two differ on ties, which a tiny model hits
 * often (two labels it knows nothing about get the same logits):
 * - text-classification: `sorted(..., key=score, reverse=True)`, a stable sort, so tied labels
 *   stay in label order;
 * - zero-shot: `reversed(scores.argsort())`, so tied labels come out in reverse label order
 *   (numpy's default sort is stable for the short arrays it sorts here by insertion).
 */

/** Indices best first, ties in index order (Python's stable `sorted(reverse=True)`). */
export function rankStable(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
}

/** Indices best first, ties in reverse index order (`reversed(np.argsort(scores))`). */
export function rankReversedArgsort(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || b - a);
}
