/** Pure helpers of the zero-shot bench: timing summaries and score agreement. */
import type { ZeroShotResult } from '../../src/shared/protocol/index.ts';

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

/** One case of the bench (one model, one number of texts), on either backend. */
export interface ZeroShotBenchCase {
  model: string;
  texts: number;
  labels: number;
  rounds: number;
  /** Median milliseconds per call, after a warm-up call. */
  oursMs: number;
  libraryMs: number;
  /** Our model runs (padded batches) and the pairs they held. */
  passes: number;
  pairs: number;
  /** Largest |Δ| between the two sides' scores, labels matched by name. */
  maxDelta: number;
  /** Our passes' tokens: the pairs' own, and what the padded batches ran. */
  tokens: number;
  tokensRun: number;
  /** Lowest and highest of our scores: |Δ| means little if every score is 1 / labels. */
  scores: { min: number; max: number };
}

/** What one case measured, as either backend's runner collects it. */
export interface ZeroShotCaseRun {
  model: string;
  texts: number;
  labels: number;
  /** Both sides' scores for the same texts. */
  ours: readonly RankedScores[];
  library: readonly RankedScores[];
  /** Our job's batching, as its result reports it (null: no result). */
  batching: ZeroShotResult['batching'] | null;
  /** Milliseconds per call, round by round. */
  oursMs: readonly number[];
  libraryMs: readonly number[];
}

export function summarizeCase(run: ZeroShotCaseRun): ZeroShotBenchCase {
  return {
    model: run.model,
    texts: run.texts,
    labels: run.labels,
    rounds: Math.min(run.oursMs.length, run.libraryMs.length),
    oursMs: median(run.oursMs),
    libraryMs: median(run.libraryMs),
    passes: run.batching?.passes ?? 0,
    pairs: run.batching?.pairs ?? 0,
    maxDelta: maxScoreDelta(run.ours, run.library),
    tokens: run.batching?.tokens ?? 0,
    tokensRun: run.batching?.paddedTokens ?? 0,
    scores: scoreRange(run.ours),
  };
}

/**
 * Times `a` and `b` in interleaved rounds after one warm-up call each, so a machine that drifts
 * mid-run affects both sides alike. Milliseconds per call, round by round.
 */
export async function timeInterleaved(
  rounds: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  now: () => number = () => performance.now(),
): Promise<{ aMs: number[]; bMs: number[] }> {
  const timed = async (call: () => Promise<unknown>) => {
    const t0 = now();
    await call();
    return now() - t0;
  };
  const aMs: number[] = [];
  const bMs: number[] = [];
  await a();
  await b();
  for (let i = 0; i < rounds; i++) {
    aMs.push(await timed(a));
    bMs.push(await timed(b));
  }
  return { aMs, bMs };
}
