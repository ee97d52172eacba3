/**
 * Tokenizer lab timings on a 100,000-character article with each bundled tokenizer, for
 * `npm run bench` (import `benchBundledTokenizers`) or on its own:
 * `npx tsx scripts/bundled-tokenizers/bench-tokenize.ts`.
 *
 * The article is the development part (records 0–99) of the CNN/DailyMail sample in
 * `../shared/data` when it is there, otherwise deterministic text from the fixture word list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  benchTokenize,
  TOKENIZE_TARGET_MS,
  type TokenizeBench,
} from '../../src/shared/tokenization/bench.ts';
import { BUNDLED_TOKENIZERS } from '../../src/shared/tokenization/bundled.ts';
import { wrapTransformersTokenizer } from '../../src/shared/tokenization/transformers-adapter.ts';
import { ALL_WORDS, PUNCTUATION } from '../fixtures/english-words.ts';
import { loadBundledTokenizer } from './load-emitted.ts';

const ARTICLE_CHARS = 100_000;
const SAMPLE = resolve(import.meta.dirname, '../../../shared/data/cnndm_test_sample.jsonl');

function syntheticArticle(): string {
  let seed = 42;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < ARTICLE_CHARS) {
    const word = ALL_WORDS[next(ALL_WORDS.length)] ?? 'word';
    const piece = next(12) === 0 ? `${word}${PUNCTUATION[next(PUNCTUATION.length)] ?? '.'} ` : `${word} `;
    parts.push(next(40) === 0 ? `${piece}\n\n` : piece);
    length += piece.length;
  }
  return parts.join('').slice(0, ARTICLE_CHARS);
}

/** The article and where it came from. */
export function benchArticle(): { text: string; source: string } {
  if (!existsSync(SAMPLE)) return { text: syntheticArticle(), source: 'synthetic (fixture word list)' };
  const records = readFileSync(SAMPLE, 'utf8').split('\n').filter(Boolean).slice(0, 100);
  const articles = records.map((line) => {
    const record: unknown = JSON.parse(line);
    return typeof record === 'object' && record !== null && 'article' in record ? String(record.article) : '';
  });
  return { text: articles.join('\n\n').slice(0, ARTICLE_CHARS), source: 'CNN/DailyMail sample, dev records' };
}

export async function benchBundledTokenizers(runs = 20): Promise<Record<string, TokenizeBench>> {
  const { text } = benchArticle();
  const results: Record<string, TokenizeBench> = {};
  for (const entry of BUNDLED_TOKENIZERS) {
    const raw = wrapTransformersTokenizer(await loadBundledTokenizer(entry.name));
    results[entry.name] = benchTokenize(raw, text, { runs });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { source } = benchArticle();
  console.log(`Tokenizer lab, ${ARTICLE_CHARS} characters (${source}); target ${TOKENIZE_TARGET_MS} ms`);
  for (const [name, r] of Object.entries(await benchBundledTokenizers())) {
    const ms = (t: { medianMs: number; p95Ms: number }) => `${t.medianMs} / ${t.p95Ms}`;
    console.log(
      `${name.padEnd(8)} ${r.tokens} tokens | median / p95 ms: library ${ms(r.library)}, encodeBatch ${ms(r.encodeBatch)}, settings change ${ms(r.settingsChange)} | aligned ${r.alignedFraction}`,
    );
  }
}
