/**
 * Timings of `encodeBatch` on one long text, for `npm run bench`. Three figures, because they
 * have different owners: the library's own encoding (transformers.js), the whole call, and the
 * call when the text is unchanged and only settings change (the lab's usual case, served by
 * the content cache): that last one is Glasspipe's own work (template, truncation, alignment).
 */
import { withContentCache } from './content-cache.ts';
import { encodeBatch } from './encode-batch.ts';
import { DEFAULT_SETTINGS, type RawTokenizer, type TokenizerSettings } from './types.ts';

export interface TimingStats {
  medianMs: number;
  p95Ms: number;
}

export interface TokenizeBench {
  runs: number;
  characters: number;
  tokens: number;
  /** `raw.encodeContent(text)` alone: the tokenizer library. */
  library: TimingStats;
  /** `encodeBatch` from scratch: library plus Glasspipe. */
  encodeBatch: TimingStats;
  /** `encodeBatch` with the content cached: Glasspipe's own share. */
  settingsChange: TimingStats;
  /** How many spans could be aligned (a check that the timed work is the real work). */
  alignedFraction: number;
}

export const TOKENIZE_TARGET_MS = 50;

function stats(samples: number[]): TimingStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

function time(runs: number, work: () => void): number[] {
  work(); // warm-up: JIT and the library's BPE caches, as in a lab that already ran once
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export function benchTokenize(
  raw: RawTokenizer,
  text: string,
  options: { runs?: number; settings?: TokenizerSettings } = {},
): TokenizeBench {
  const runs = options.runs ?? 20;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const cached = withContentCache(raw);
  let tokens = 0;
  let aligned = 0;
  const library = time(runs, () => {
    tokens = raw.encodeContent(text).ids.length;
  });
  const whole = time(runs, () => {
    encodeBatch(raw, [text], null, settings);
  });
  const settingsChange = time(runs, () => {
    const outcome = encodeBatch(cached, [text], null, settings);
    const row = outcome.ok ? outcome.batch.rows[0] : undefined;
    aligned =
      row === undefined ? 0 : row.spans.filter((s, i) => s !== null && row.kinds[i] === 'text').length;
  });
  return {
    runs,
    characters: text.length,
    tokens,
    library: stats(library),
    encodeBatch: stats(whole),
    settingsChange: stats(settingsChange),
    alignedFraction: tokens === 0 ? 1 : Math.round((aligned / tokens) * 1000) / 1000,
  };
}
