/**
 * What the bench page (page.ts) offers the Node side that drives it (chromium.ts), on
 * `window.zeroShotBench`. Plain data only: it crosses Playwright's `page.evaluate`.
 */
import type { RankedScores } from '../zero-shot-compare.ts';
import type { ZeroShotResult } from '../../../src/shared/protocol/index.ts';

export interface PageSetup {
  /** The loopback hub's URL, without a trailing slash. */
  hubUrl: string;
  model: string;
  labels: string[];
  template: string;
  /** One text for our first call, which loads the model before transformers.js loads it. */
  warmText: string;
}

export interface PageThreads {
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  /** What both sides ran: onnxruntime-web's `env.wasm.numThreads` once the sessions exist. */
  threads: number;
  /** The app worker's rule (workers/inference.worker.ts), which the page configured. */
  appDefault: number;
  /** onnxruntime-web's own default, which transformers.js keeps when nothing sets it. */
  libraryDefault: number;
  /** Web Workers the page started: onnxruntime-web's pthreads, threads − 1 when they ran. */
  workersStarted: number;
}

export interface PageCheck {
  ours: RankedScores[];
  library: RankedScores[];
  batching: ZeroShotResult['batching'] | null;
}

export interface ZeroShotBenchPage {
  /** Loads the model on both sides (ours first). */
  setup(setup: PageSetup): Promise<PageThreads>;
  /** One call each on the same texts: scores and our batching. */
  check(texts: string[]): Promise<PageCheck>;
  /** Interleaved rounds after a warm-up call each: milliseconds per call. */
  time(texts: string[], rounds: number): Promise<{ oursMs: number[]; libraryMs: number[] }>;
}

/** The page's window once page.ts has run. */
export type BenchWindow = Window & { zeroShotBench: ZeroShotBenchPage };
