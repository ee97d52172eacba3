/** Pure helpers of the zero-shot bench: timing summaries and score agreement. */

export interface RankedScores {
  labels: readonly string[];
  scores: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/**
 * The largest |Δ| between two runs' scores, text by text, matching labels by name (both sides
 * list them best first, and near-ties may come in either order). A label or text that one side
 * lacks makes it Infinity.
 */
export function maxScoreDelta(ours: readonly RankedScores[], theirs: readonly RankedScores[]): number {
  if (ours.length !== theirs.length) return Number.POSITIVE_INFINITY;
  let max = 0;
  ours.forEach((mine, i) => {
    const other = theirs[i];
    if (!other || mine.labels.length !== other.labels.length) {
      max = Number.POSITIVE_INFINITY;
      return;
    }
    const byLabel = new Map(other.labels.map((label, k) => [label, other.scores[k] ?? Number.NaN]));
    mine.labels.forEach((label, k) => {
      const delta = Math.abs((mine.scores[k] ?? Number.NaN) - (byLabel.get(label) ?? Number.NaN));
      max = Number.isNaN(delta) ? Number.POSITIVE_INFINITY : Math.max(max, delta);
    });
  });
  return max;
}

/** The lowest and highest score over every text (NaN for none): flat scores make |Δ| meaningless. */
export function scoreRange(items: readonly RankedScores[]): { min: number; max: number } {
  const all = items.flatMap((item) => item.scores);
  if (all.length === 0) return { min: Number.NaN, max: Number.NaN };
  return { min: Math.min(...all), max: Math.max(...all) };
}

/**
 * The tokens a batched run feeds the model, with padding, against the rows' own: rows go in
 * consecutive passes of `rowsPerPass`, each padded to its longest row (the job's batching while
 * its token budget does not bind).
 */
export function paddedTokens(
  lengths: readonly number[],
  rowsPerPass: number,
): { tokens: number; run: number } {
  const per = Math.max(1, rowsPerPass);
  let run = 0;
  for (let start = 0; start < lengths.length; start += per) {
    const pass = lengths.slice(start, start + per);
    run += pass.length * Math.max(...pass);
  }
  return { tokens: lengths.reduce((sum, n) => sum + n, 0), run };
}
