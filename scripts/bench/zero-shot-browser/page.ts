/**
 * The bench page, built by chromium.ts with Vite: our zero-shot job (the worker's job runner on
 * our runtime) and transformers.js's `pipeline('zero-shot-classification')`, both in this page's
 * main thread on onnxruntime-web's WASM backend, fp32, on the same model from the loopback hub.
 * onnxruntime-web's runtime files come from this page's own server (Vite emits them), never a
 * CDN. Both sides share one transformers.js and so one onnxruntime-web: one thread count.
 */
import { env, pipeline } from '@huggingface/transformers';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import { createTransformersRuntime } from '../../../workers/runtime/runtime.ts';
import { timeInterleaved, type RankedScores } from '../zero-shot-compare.ts';
import { ourZeroShot, type OurZeroShot } from './our-zero-shot.ts';
import type { BenchWindow, PageSetup, PageThreads, ZeroShotBenchPage } from './page-api.ts';

// onnxruntime-web starts its pthreads as Web Workers when the first session is created: count them.
let workersStarted = 0;
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    workersStarted += 1;
  }
};

const cores = navigator.hardwareConcurrency;
const isolated = crossOriginIsolated;
/** workers/inference.worker.ts's rule (there inline): half the cores, at most 4, when isolated. */
const appDefault = isolated ? Math.max(1, Math.min(4, Math.floor(cores / 2))) : 1;
/** onnxruntime-web's own (its `initializeFlags`), which transformers.js leaves as it is. */
const libraryDefault = isolated ? Math.min(4, Math.ceil((cores || 1) / 2)) : 1;

type Classify = (texts: string[]) => Promise<RankedScores[]>;

let ours: OurZeroShot | null = null;
let library: Classify | null = null;

function ready(): { ours: OurZeroShot; library: Classify } {
  if (!ours || !library) throw new Error('call setup() first');
  return { ours, library };
}

async function setup(options: PageSetup): Promise<PageThreads> {
  const absolute = (url: string) => new URL(url, location.href).href;
  const wasmPaths = { wasm: absolute(ortWasmUrl), mjs: absolute(ortMjsUrl) };
  // transformers.js's side: our server's runtime files and the app's thread count. `env` is one
  // object in this page, so our runtime sets the same values (and onnxruntime-web starts once).
  const wasm = env.backends.onnx.wasm;
  if (wasm) {
    wasm.wasmPaths = { ...wasmPaths };
    wasm.numThreads = appDefault;
  }
  const runtime = createTransformersRuntime({ wasmPaths, wasmThreads: appDefault });
  ours = ourZeroShot(runtime, {
    model: options.model,
    source: { kind: 'hub', location: options.hubUrl },
    labels: options.labels,
    template: options.template,
  });
  // Ours loads first: the runtime sets transformers.js's global `env` for its own loads.
  await ours.classify([options.warmText]);
  env.allowLocalModels = false;
  env.allowRemoteModels = true;
  env.remoteHost = `${options.hubUrl}/`;
  env.remotePathTemplate = '{model}/resolve/{revision}/';
  const classifier = await pipeline('zero-shot-classification', options.model, {
    device: 'wasm',
    dtype: 'fp32',
  });
  library = async (texts) => {
    const output = await classifier(texts, options.labels, {
      hypothesis_template: options.template,
      multi_label: false,
    });
    return (Array.isArray(output) ? output : [output]).map((o) => ({ labels: o.labels, scores: o.scores }));
  };
  return {
    crossOriginIsolated: isolated,
    hardwareConcurrency: cores,
    threads: Number(wasm?.numThreads ?? Number.NaN),
    appDefault,
    libraryDefault,
    workersStarted,
  };
}

const api: ZeroShotBenchPage = {
  setup,
  async check(texts) {
    const sides = ready();
    const mine = await sides.ours.classify(texts);
    const theirs = await sides.library(texts);
    const last = sides.ours.last();
    return {
      ours: mine.map((item) => ({ labels: item.labels, scores: item.scores })),
      library: theirs,
      batching: last?.batching ?? null,
    };
  },
  async time(texts, rounds) {
    const sides = ready();
    const { aMs, bMs } = await timeInterleaved(
      rounds,
      () => sides.ours.classify(texts),
      () => sides.library(texts),
    );
    return { oursMs: aMs, libraryMs: bMs };
  },
};

Object.assign(window, { zeroShotBench: api } satisfies Pick<BenchWindow, 'zeroShotBench'>);
