/**
 * Issue 13 targets for text generation with decoder-only models: our engine's greedy search
 * (the app's generate job: `generate` over the worker's step model) against transformers.js's
 * own greedy `generate` on the same loaded model: time ratio (target ≤ 1.05), tokens per second
 * and time to first token, in Node (onnxruntime-node) and in Chromium (onnxruntime-web WASM).
 *
 * The model is glasspipe-bench/bench-gpt, SmolLM2-135M's shape with random weights, written here
 * at bench time (~600 MB fp32 plus its q8 copy, ~40 s on 2 CPUs). Its end token is never likely,
 * so both sides generate exactly MAX_NEW_TOKENS tokens, which the bench checks, token by token.
 */
import path from 'node:path';
import { AutoModelForCausalLM, AutoTokenizer, env } from '@huggingface/transformers';
import { resolveGenerationParams } from '../../workers/generation/params.ts';
import { writeFixtures } from '../fixtures/hub-writer.ts';
import { benchGpt, SMOLLM2_135M_SIZE } from '../fixtures/models/bench-gpt.ts';
import { benchTextGenerationInChromium } from './text-generation-browser/chromium.ts';
import { comparisonLines, compareGreedy } from './text-generation-browser/greedy-runs.ts';

const MODEL = 'glasspipe-bench/bench-gpt';
const PROMPT_TOKENS = 32;
const MAX_NEW_TOKENS = 32;
const NODE_ROUNDS = 7;
const BROWSER_ROUNDS = 3;
const PROMPT =
  'The city council met on Tuesday to discuss the new park. Residents said the park would bring families ' +
  'together, and the mayor promised that work would start in the spring.';

const size = SMOLLM2_135M_SIZE;
const ABOUT =
  `GPT-2 graph with SmolLM2-135M's shape: hidden ${size.dModel}, ${size.layers} layers, ${size.heads} heads × ${size.headDim},` +
  ` FFN ${size.ffDim}, vocab ${size.vocabSize.toLocaleString('en')}, random weights, fp32`;

async function nodeLines(root: string, ids: number[]): Promise<string[]> {
  const tokenizer = await AutoTokenizer.from_pretrained(MODEL);
  const model = await AutoModelForCausalLM.from_pretrained(MODEL, { dtype: 'fp32', device: 'cpu' });
  try {
    const params = resolveGenerationParams({
      config: { ...model.config },
      generationConfig: { ...(model.generation_config ?? {}) },
      overrides: { max_new_tokens: MAX_NEW_TOKENS },
    });
    const input = { inputIds: ids, attentionMask: ids.map(() => 1) };
    const comparison = await compareGreedy(model, tokenizer, input, params, NODE_ROUNDS);
    return [`In Node, onnxruntime-node CPU, ${MODEL} from ${root}:`, ...comparisonLines(comparison)];
  } finally {
    await model.dispose();
  }
}

async function chromiumLines(root: string, ids: number[]): Promise<string[]> {
  const { version, info, comparison } = await benchTextGenerationInChromium({
    root,
    model: MODEL,
    promptIds: ids,
    maxNewTokens: MAX_NEW_TOKENS,
    rounds: BROWSER_ROUNDS,
  });
  return [
    `In Chromium ${version}, one model in the page's main thread, onnxruntime-web WASM:`,
    `  page: ${info.crossOriginIsolated ? 'cross-origin isolated' : 'NOT cross-origin isolated'} · ${info.hardwareConcurrency} cores` +
      ` · ${info.threads} WASM thread${info.threads === 1 ? '' : 's'} (the app worker's rule) · model download + session ${(info.loadMs / 1000).toFixed(1)} s`,
    ...comparisonLines(comparison),
  ];
}

/** Writes bench-gpt under `benchRoot`, then both halves. */
export async function benchTextGenerationSection(benchRoot: string): Promise<string[]> {
  const started = performance.now();
  writeFixtures(benchRoot, [benchGpt(MODEL)]);
  const buildSeconds = (performance.now() - started) / 1000;
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.useFSCache = false;
  env.localModelPath = `${path.resolve(benchRoot)}/`;
  // The prompt's first PROMPT_TOKENS ids under the model's own tokenizer.
  const ids = (await AutoTokenizer.from_pretrained(MODEL)).encode(PROMPT).slice(0, PROMPT_TOKENS);
  if (ids.length < PROMPT_TOKENS) throw new Error(`The bench prompt has only ${ids.length} tokens.`);
  return [
    `${MODEL} (${ABOUT}; built in ${buildSeconds.toFixed(0)} s)`,
    ...(await nodeLines(benchRoot, ids)),
    ...(await chromiumLines(benchRoot, ids)),
  ];
}
