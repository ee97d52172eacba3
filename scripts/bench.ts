/**
 * `npm run bench`: prints the speed figures the issues set targets for. Each section is its own
 * module under scripts/bench/. Figures depend on the machine: compare runs on the same one.
 */
import { mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchCancel } from './bench/cancel.ts';
import { benchGenerationSection } from './bench/generation.ts';
import { benchTokenizerBrowser } from './bench/tokenizer-browser.ts';
import { benchWasmThreads } from './bench/wasm-threads.ts';
import { benchBundledTokenizers } from './bundled-tokenizers/bench-tokenize.ts';

const BENCH_DIR = '.bench/hub';

async function main(): Promise<void> {
  mkdirSync(BENCH_DIR, { recursive: true });
  console.log(`Glasspipe bench · ${cpus().length} CPUs · Node ${process.version}\n`);
  console.log('Tokenizer lab (issue 3), Node, encodeBatch on a 100,000-character article');
  const ms = (t: { medianMs: number; p95Ms: number }) =>
    `${t.medianMs.toFixed(1)} / ${t.p95Ms.toFixed(1)} ms`;
  for (const [name, r] of Object.entries(await benchBundledTokenizers(10))) {
    console.log(
      `  ${name.padEnd(8)} ${r.tokens} tokens · median / p95: library ${ms(r.library)} · new text ${ms(r.encodeBatch)} · settings change ${ms(r.settingsChange)}`,
    );
  }
  for (const line of await benchTokenizerBrowser()) console.log(line);
  console.log('\nGeneration (issue 4)');
  for (const line of await benchGenerationSection(BENCH_DIR)) console.log(line);
  console.log('\nCancel during generation (issue 10), glasspipe-test/tiny-t5 in Chromium');
  for (const line of await benchCancel('fixtures/hub')) console.log(line);
  console.log('\nMulti-threaded WASM (issue 5), glasspipe-test/bench-t5 fp32 in Chromium, same job');
  for (const line of await benchWasmThreads(BENCH_DIR)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
