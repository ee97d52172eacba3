/**
 * Prints the emitted size of each bundled tokenizer and the total against the budget:
 * `npx tsx scripts/bundled-tokenizers/measure.ts`. Copy the numbers into the manifest's `bytes`
 * when a package version changes (a test fails until they match).
 */
import { BUNDLED_BUDGET_BYTES, BUNDLED_TOKENIZERS } from '../../src/shared/tokenization/bundled.ts';
import { emitTokenizer, measure } from './emit.ts';

let raw = 0;
let gzip = 0;
for (const entry of BUNDLED_TOKENIZERS) {
  const bytes = measure(emitTokenizer(entry));
  raw += bytes.tokenizer + bytes.config;
  gzip += bytes.gzip;
  console.log(`${entry.name.padEnd(10)} ${JSON.stringify(bytes)}`);
}
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
console.log(`total ${mb(raw)} raw, ${mb(gzip)} gzipped; budget ${mb(BUNDLED_BUDGET_BYTES)} raw`);
