/**
 * Issue 12 targets for zero-shot classification: our batched zero-shot job, run through the
 * worker's job runner on onnxruntime-node, against transformers.js's own
 * `pipeline('zero-shot-classification')` on the same model: time per call (ours ÷
 * transformers.js ≤ 0.6) and the largest score difference (< 1e-5). transformers.js runs the
 * model once per (text, label) pair; we run a text's pairs, and the texts, in padded batches.
 *
 * Two models: glasspipe-test/tiny-nli (the test fixture), whose forward pass costs ~0.04 ms, so
 * it measures per-call overhead only; and glasspipe-test/bench-nli, a BERT encoder with random
 * weights built here at bench time (not a catalog fixture), whose forward pass dominates as a
 * real model's does, which is where batching pays.
 *
 * Both run first in Node (onnxruntime-node), then in Chromium on onnxruntime-web's WASM backend
 * (zero-shot-browser/: a page built at bench time), where the app's users run them.
 */
import path from 'node:path';
import { env, pipeline } from '@huggingface/transformers';
import { createTransformersRuntime } from '../../workers/runtime/runtime.ts';
import { TOPIC_WORDS } from '../fixtures/english-words.ts';
import { writeFixtures } from '../fixtures/hub-writer.ts';
import { benchNli } from '../fixtures/models/bench-nli.ts';
import type { NliEncoderSize } from '../fixtures/nli-encoder.ts';
import { benchZeroShotInChromium } from './zero-shot-browser/chromium.ts';
import { ourZeroShot } from './zero-shot-browser/our-zero-shot.ts';
import type { PageThreads } from './zero-shot-browser/page-api.ts';
import {
  summarizeCase,
  timeInterleaved,
  type RankedScores,
  type ZeroShotBenchCase,
} from './zero-shot-compare.ts';

const TEMPLATE = 'This example is {}.';
/** The fixture's topics, and one that no text mentions. */
const LABELS = [...Object.keys(TOPIC_WORDS), 'weather'];
/** Short sentences (16–19 words), each about one or two of the topics. */
const TEXTS = [
  'The football team won the match after a late goal, and the coach said the players worked hard.',
  'The minister spoke about the election in parliament and said the government would change its policy.',
  'The chef baked bread for dinner and made soup and pasta for the whole family at home.',
  'She used her laptop to build code for a small robot and showed it to the students at school.',
  'The band played a new song at the concert, and the singer said the album was ready.',
  'Our flight to the beach hotel was late, so we waited at the airport for three hours.',
  'The bank cut the tax on every loan, and the stock market moved up in the morning.',
  'The coach told the players that the next game against the old team would be hard.',
  'The government plans a new policy for schools, and the president will talk about it today.',
  'He made soup and pasta in the kitchen while his friend read a recipe from a book.',
  'The app runs on a digital chip, and the company said the software will be free.',
  'The singer made an album with a piano and a guitar in a small house by the sea.',
  'We planned a long journey for the holiday, with a train to the north and a trip south.',
  'The stock market fell this week, and the city council cut the budget for the park.',
  'After the game the president met the team and gave the coach a prize for the best season.',
  'The hotel kitchen served a meal before the concert, and the band came to eat with us.',
];
const CASES = [1, 16] as const;
/** Where bench-nli is written: ignored by git, and not the folder of bench-t5's manifest. */
const BENCH_NLI_ROOT = '.bench/zero-shot-hub';
const BENCH_NLI_SIZE: NliEncoderSize = { hiddenSize: 256, layers: 4, heads: 4, intermediateSize: 1024 };

interface BenchModel {
  id: string;
  /** Folder in Hub layout that holds it. */
  root: string;
  rounds: number;
  /** Rounds in Chromium, where WASM on one thread runs a real model's forward pass slower. */
  browserRounds: number;
  /** What the model's figures mean, printed with them. */
  about: string;
}

const TINY_NLI = {
  id: 'glasspipe-test/tiny-nli',
  rounds: 41,
  browserRounds: 41,
  about: 'bag-of-words test fixture, ~0.04 ms a forward pass: measures per-call overhead only',
} as const;
const BENCH_NLI = {
  id: 'glasspipe-test/bench-nli',
  // Fewer rounds: a 16-text call costs tenths of a second here (~10 s in all on 2 CPUs).
  rounds: 31,
  // A 16-text call costs ~1 s a side in Chromium on one WASM thread (~35 s in all).
  browserRounds: 15,
  about:
    `BERT encoder, hidden ${BENCH_NLI_SIZE.hiddenSize}, ${BENCH_NLI_SIZE.layers} layers, ${BENCH_NLI_SIZE.heads} heads, ` +
    `FFN ${BENCH_NLI_SIZE.intermediateSize}, random weights: the forward pass dominates, as on a real model`,
} as const;

type Classify = (texts: string[]) => Promise<RankedScores[]>;

/** transformers.js's side: its pipeline, one (premise, hypothesis) pair per model call. */
async function libraryZeroShot(model: string, root: string) {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.useFSCache = false;
  env.localModelPath = root;
  const classifier = await pipeline('zero-shot-classification', model, { dtype: 'fp32' });
  const classify: Classify = async (texts) => {
    const output = await classifier(texts, LABELS, { hypothesis_template: TEMPLATE, multi_label: false });
    return Array.isArray(output) ? output : [output];
  };
  return { classify, dispose: () => classifier.dispose() };
}

/** Both sides on one model, every case; `root` is the Hub-layout folder that holds it. */
export async function benchZeroShot(
  model: string,
  root: string,
  rounds: number,
): Promise<ZeroShotBenchCase[]> {
  const location = `${path.resolve(root)}/`;
  const ours = ourZeroShot(createTransformersRuntime({ wasmDevice: 'cpu' }), {
    model,
    source: { kind: 'local', location },
    labels: LABELS,
    template: TEMPLATE,
  });
  // Ours loads first: the runtime sets transformers.js's global `env` for its own loads.
  await ours.classify(TEXTS.slice(0, 1));
  const library = await libraryZeroShot(model, location);
  const cases: ZeroShotBenchCase[] = [];
  try {
    for (const count of CASES) {
      const texts = TEXTS.slice(0, count);
      const mine = await ours.classify(texts);
      const theirs = await library.classify(texts);
      const last = ours.last();
      const { aMs, bMs } = await timeInterleaved(
        rounds,
        () => ours.classify(texts),
        () => library.classify(texts),
      );
      cases.push(
        summarizeCase({
          model,
          texts: count,
          labels: LABELS.length,
          ours: mine,
          library: theirs,
          batching: last?.batching ?? null,
          oursMs: aMs,
          libraryMs: bMs,
        }),
      );
    }
  } finally {
    await library.dispose();
  }
  return cases;
}

/** One model's figures; `backend` says where both sides ran. */
export function zeroShotLines(
  about: string,
  cases: readonly ZeroShotBenchCase[],
  backend = 'onnxruntime-node CPU',
): string[] {
  const first = cases[0];
  return [
    `${first?.model ?? '?'} (${about})`,
    `  fp32, ${backend}, multi_label false, "${TEMPLATE}", median of ${first?.rounds ?? 0} after a warm-up:`,
    ...cases.flatMap((c) => [
      `  ${c.texts} text${c.texts === 1 ? '' : 's'} × ${c.labels} labels: ours ${c.oursMs.toFixed(2)} ms` +
        ` · transformers.js ${c.libraryMs.toFixed(2)} ms` +
        ` · ours ÷ transformers.js = ${(c.oursMs / c.libraryMs).toFixed(2)} (target ≤ 0.6)`,
      `    ours: ${c.pairs} pairs in ${c.passes} pass${c.passes === 1 ? '' : 'es'}, ${c.tokens} tokens + ${c.tokensRun - c.tokens} padding` +
        ` · max |Δ score| ${c.maxDelta.toExponential(1)} (target < 1e-5)` +
        ` · scores ${c.scores.min.toFixed(3)}–${c.scores.max.toFixed(3)}`,
    ]),
  ];
}

function pageLines(t: PageThreads, onnxFiles: readonly string[]): string[] {
  const [oursFile = 'none', libraryFile = 'none', ...more] = onnxFiles;
  const workers = `${t.workersStarted} pthread worker${t.workersStarted === 1 ? '' : 's'} started`;
  return [
    `  page: ${t.crossOriginIsolated ? 'cross-origin isolated' : 'NOT cross-origin isolated'} · ${t.hardwareConcurrency} cores` +
      ` · ${t.threads} WASM thread${t.threads === 1 ? '' : 's'} for both sides (one onnxruntime-web in the page; ${workers})` +
      ` · defaults: ours (the app worker's rule) ${t.appDefault}, transformers.js (onnxruntime-web's) ${t.libraryDefault}`,
    `  model downloaded from the loopback hub: ours ${oursFile}, transformers.js ${libraryFile}` +
      (more.length > 0 ? `, then ${more.join(', ')}` : ''),
  ];
}

/**
 * The same comparison in Chromium on onnxruntime-web's WASM backend, where our users run it.
 * There each model call costs more (an async session run, tensors copied in and out of WASM
 * memory), but so does the forward pass itself (WASM SIMD, as many threads as the app runs): a
 * model whose forward pass dominates leaves batching as little to save as on onnxruntime-node.
 */
export async function zeroShotChromiumLines(models: readonly BenchModel[]): Promise<string[]> {
  const { version, results } = await benchZeroShotInChromium({
    models: models.map((model) => ({ ...model, rounds: model.browserRounds })),
    texts: TEXTS,
    counts: CASES,
    labels: LABELS,
    template: TEMPLATE,
  });
  const lines = [`In Chromium ${version}, both sides in one page's main thread, onnxruntime-web WASM:`];
  for (const { model, threads, onnxFiles, cases } of results)
    lines.push(
      ...zeroShotLines(model.about, cases, 'onnxruntime-web WASM in Chromium'),
      ...pageLines(threads, onnxFiles),
    );
  return lines;
}

/**
 * tiny-nli from `fixtureRoot` (`npm run fixtures`), then bench-nli, written to `benchRoot` first
 * (after tiny-nli's runs: building it allocates a lot, and GC would skew those); on
 * onnxruntime-node, then in Chromium.
 */
export async function benchZeroShotSection(
  fixtureRoot: string,
  benchRoot = BENCH_NLI_ROOT,
): Promise<string[]> {
  const models: BenchModel[] = [
    { ...TINY_NLI, root: fixtureRoot },
    { ...BENCH_NLI, root: benchRoot },
  ];
  const lines = ['In Node:'];
  for (const model of models) {
    if (model.id === BENCH_NLI.id) writeFixtures(benchRoot, [benchNli(model.id, BENCH_NLI_SIZE)]);
    lines.push(...zeroShotLines(model.about, await benchZeroShot(model.id, model.root, model.rounds)));
  }
  lines.push(...(await zeroShotChromiumLines(models)));
  return lines;
}
