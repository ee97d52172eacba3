/**
 * What the text-generation bench page (page.ts) offers the Node side that drives it
 * (chromium.ts), on `window.textGenerationBench`. Plain data only: it crosses `page.evaluate`.
 */
import type { GreedyComparison } from './greedy-runs.ts';

export interface PageSetup {
  /** The loopback hub's URL, without a trailing slash. */
  hubUrl: string;
  model: string;
  promptIds: number[];
  maxNewTokens: number;
}

export interface PageInfo {
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  /** onnxruntime-web's `env.wasm.numThreads` once the session exists (the app worker's rule). */
  threads: number;
  /** Download and session creation of the one model both sides run. */
  loadMs: number;
}

export interface TextGenerationBenchPage {
  setup(setup: PageSetup): Promise<PageInfo>;
  /** A warm-up run each, then interleaved rounds. */
  compare(rounds: number): Promise<GreedyComparison>;
}

/** The page's window once page.ts has run. */
export type BenchWindow = Window & { textGenerationBench: TextGenerationBenchPage };
