/**
 * `npm run bench`: prints the speed figures the issues set targets for. Each section is its own
 * module under scripts/bench/. Figures depend on the machine: compare runs on the same one.
 *
 *   npx tsx scripts/bench.ts [section ...]     (default: all; e.g. `npm run bench -- zero-shot`)
 */
import { mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchCancel } from './bench/cancel.ts';
import { benchClassifyBatchBrowser } from './bench/classify-batch-browser.ts';
import { benchGenerationSection } from './bench/generation.ts';
import { benchTextGenerationSection } from './bench/text-generation.ts';
import { benchTokenizerBrowser } from './bench/tokenizer-browser.ts';
import { benchWasmThreads } from './bench/wasm-threads.ts';
import { benchZeroShotSection } from './bench/zero-shot.ts';
import { benchBundledTokenizers } from './bundled-tokenizers/bench-tokenize.ts';

const BENCH_DIR = '.bench/hub';
const FIXTURES = 'fixtures/hub';

interface Section {
  name: string;
  title: string;
  run: () => Promise<string[]>;
}

async function tokenizerSection(): Promise<string[]> {
  const ms = (t: { medianMs: number; p95Ms: number }) =>
    `${t.medianMs.toFixed(1)} / ${t.p95Ms.toFixed(1)} ms`;
  const lines = Object.entries(await benchBundledTokenizers(10)).map(
    ([name, r]) =>
      `  ${name.padEnd(8)} ${r.tokens} tokens · median / p95: library ${ms(r.library)} · new text ${ms(r.encodeBatch)} · settings change ${ms(r.settingsChange)}`,
  );
  return [...lines, ...(await benchTokenizerBrowser())];
}

const SECTIONS: readonly Section[] = [
  {
    name: 'tokenizer',
    title: 'Tokenizer lab (issue 3), Node, encodeBatch on a 100,000-character article',
    run: tokenizerSection,
  },
  { name: 'generation', title: 'Generation (issue 4)', run: () => benchGenerationSection(BENCH_DIR) },
  {
    name: 'text-generation',
    title: 'Text generation (issue 13), engine greedy vs transformers.js generate, decoder-only',
    run: () => benchTextGenerationSection(BENCH_DIR),
  },
  {
    name: 'zero-shot',
    title: 'Zero-shot classification (issue 12), batched job vs transformers.js pipeline, Node',
    run: () => benchZeroShotSection(FIXTURES),
  },
  {
    name: 'classify-batch',
    title: 'A 1,000-line batch in Sentiment and Zero-shot (issue 12), Chromium',
    run: () => benchClassifyBatchBrowser(FIXTURES),
  },
  {
    name: 'cancel',
    title: 'Cancel during generation (issue 10), glasspipe-test/tiny-t5 in Chromium',
    run: () => benchCancel(FIXTURES),
  },
  {
    name: 'wasm-threads',
    title: 'Multi-threaded WASM (issue 5), glasspipe-test/bench-t5 fp32 in Chromium, same job',
    run: () => benchWasmThreads(BENCH_DIR),
  },
];

/** The sections named on the command line, in the bench's order; all of them when none is. */
function chosenSections(names: readonly string[]): readonly Section[] {
  const unknown = names.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length > 0)
    throw new Error(
      `Unknown bench section ${unknown.join(', ')}; the sections are ${SECTIONS.map((s) => s.name).join(', ')}.`,
    );
  return names.length === 0 ? SECTIONS : SECTIONS.filter((s) => names.includes(s.name));
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  mkdirSync(BENCH_DIR, { recursive: true });
  console.log(`Glasspipe bench · ${cpus().length} CPUs · Node ${process.version}`);
  for (const section of sections) {
    console.log(`\n${section.title}`);
    for (const line of await section.run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
