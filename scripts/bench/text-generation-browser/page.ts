/**
 * The bench page, built by chromium.ts with Vite: one decoder-only model loaded by transformers.js
 * from the loopback hub on onnxruntime-web's WASM backend, fp32, in this page's main thread, and
 * both sides run on it (greedy-runs.ts). onnxruntime-web's runtime files come from this page's
 * own server (Vite emits them), never a CDN.
 */
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import { resolveGenerationParams } from '../../../workers/generation/params.ts';
import type { ModelInput } from '../../../workers/generation/step-model.ts';
import type { GenerationParams } from '../../../workers/generation/types.ts';
import { compareGreedy } from './greedy-runs.ts';
import type { BenchWindow, PageInfo, PageSetup, TextGenerationBenchPage } from './page-api.ts';

const cores = navigator.hardwareConcurrency;
/** workers/inference.worker.ts's rule: half the cores, at most 4, when cross-origin isolated. */
const appThreads = crossOriginIsolated ? Math.max(1, Math.min(4, Math.floor(cores / 2))) : 1;

let loaded: {
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  input: ModelInput;
  params: GenerationParams;
} | null = null;

async function setup(options: PageSetup): Promise<PageInfo> {
  const absolute = (url: string) => new URL(url, location.href).href;
  const wasm = env.backends.onnx.wasm;
  if (wasm) {
    wasm.wasmPaths = { wasm: absolute(ortWasmUrl), mjs: absolute(ortMjsUrl) };
    wasm.numThreads = appThreads;
  }
  env.allowLocalModels = false;
  env.allowRemoteModels = true;
  env.remoteHost = `${options.hubUrl}/`;
  env.remotePathTemplate = '{model}/resolve/{revision}/';
  // Hundreds of MB: not worth copying into the fresh profile's Cache Storage.
  env.useBrowserCache = false;
  const started = performance.now();
  const model = await AutoModelForCausalLM.from_pretrained(options.model, { device: 'wasm', dtype: 'fp32' });
  const loadMs = performance.now() - started;
  const tokenizer = await AutoTokenizer.from_pretrained(options.model);
  const params = resolveGenerationParams({
    config: { ...model.config },
    generationConfig: { ...(model.generation_config ?? {}) },
    overrides: { max_new_tokens: options.maxNewTokens },
  });
  loaded = {
    model,
    tokenizer,
    input: { inputIds: options.promptIds, attentionMask: options.promptIds.map(() => 1) },
    params,
  };
  return {
    crossOriginIsolated,
    hardwareConcurrency: cores,
    threads: Number(wasm?.numThreads ?? Number.NaN),
    loadMs,
  };
}

const api: TextGenerationBenchPage = {
  setup,
  async compare(rounds) {
    if (!loaded) throw new Error('call setup() first');
    return compareGreedy(loaded.model, loaded.tokenizer, loaded.input, loaded.params, rounds);
  },
};

Object.assign(window, { textGenerationBench: api } satisfies Pick<BenchWindow, 'textGenerationBench'>);
