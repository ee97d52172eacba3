/**
 * Which rows run together. transformers.js's pipelines run one row per pass; we run padded
 * batches, bounded in memory: at most `TOKEN_BUDGET` padded tokens and `MAX_ROWS` rows a pass.
 * Padding is wasted work (a pass costs its longest row times its rows), so within a window of
 * rows the rows are taken shortest first; windows keep results streaming in input order.
 */
export const TOKEN_BUDGET = 8192;
export const MAX_ROWS = 64;
/** Rows sorted together: a few passes' worth, so the first results still come early. */
export const WINDOW_ROWS = 4 * MAX_ROWS;

/** The passes for rows of these lengths: each pass is a list of row indices. */
export function planPasses(lengths: readonly number[]): number[][] {
  const passes: number[][] = [];
  for (let from = 0; from < lengths.length; from += WINDOW_ROWS) {
    const window = Array.from({ length: Math.min(WINDOW_ROWS, lengths.length - from) }, (_, k) => from + k);
    // Stable: equal lengths keep their order.
    window.sort((a, b) => (lengths[a] ?? 0) - (lengths[b] ?? 0));
    let pass: number[] = [];
    let width = 0;
    for (const row of window) {
      const w = Math.max(width, lengths[row] ?? 0);
      if (pass.length > 0 && (pass.length >= MAX_ROWS || (pass.length + 1) * w > TOKEN_BUDGET)) {
        passes.push(pass);
        pass = [];
        width = 0;
      }
      pass.push(row);
      width = Math.max(width, lengths[row] ?? 0);
    }
    if (pass.length > 0) passes.push(pass);
  }
  return passes;
}
