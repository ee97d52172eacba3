/**
 * Node-side test support for the seq2seq fixture models (tiny-t5, tiny-bart in fixtures/hub):
 * loading, encoding, the engine's cached step model, and the no-cache oracle the references
 * read logits from. The oracle recomputes encoder and decoder from scratch for every decoder
 * sequence, so it shares no cache handling with `transformers-step-model.ts`; it is memoised by
 * decoder sequence per input, so that the many grid points that explore the same prefixes pay
 * for each forward pass once.
 */
import path from 'node:path';
import {
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  env,
  Tensor,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { generate } from '../engine.ts';
import { resolveGenerationParams, taskPrefix, type GenerationOverrides, type JsonRecord } from '../params.ts';
import type { ScoreSequence } from '../reference/reference-types.ts';
import type { ModelInput } from '../step-model.ts';
import { createTransformersStepModel } from '../../runtime/step-model.ts';
import type { GenerationParams, GenerationResult } from '../types.ts';

env.allowLocalModels = true;
env.localModelPath = `${path.resolve('fixtures/hub')}/`;
env.allowRemoteModels = false;
env.useBrowserCache = false;
env.useFSCache = false;

export const SEQ2SEQ_FIXTURES = ['glasspipe-test/tiny-t5', 'glasspipe-test/tiny-bart'] as const;

export const ARTICLES = [
  'The city council met on Monday to discuss the new budget for schools and roads.',
  'A small team of researchers found a new species of frog in the rain forest.',
  'The weather was cold and the river froze over for the first time in years.',
  'Markets rose after the bank said it would keep interest rates low.',
];

export interface LoadedFixture {
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  config: JsonRecord;
  generationConfig: JsonRecord;
}

export async function loadFixture(id: string): Promise<LoadedFixture> {
  const model = await AutoModelForSeq2SeqLM.from_pretrained(id, { dtype: 'fp32' });
  const tokenizer = await AutoTokenizer.from_pretrained(id);
  return {
    model,
    tokenizer,
    config: { ...model.config },
    generationConfig: { ...(model.generation_config ?? {}) },
  };
}

/** The article with the model's summarization prefix (T5's "summarize: "), as the pipeline does. */
export function encodeArticle(loaded: LoadedFixture, text: string): ModelInput & { inputIds: number[] } {
  const inputIds = loaded.tokenizer.encode(taskPrefix(loaded.config, 'summarization') + text);
  return { inputIds, attentionMask: inputIds.map(() => 1) };
}

/** The model's own settings < `task`'s task_specific_params (as the pipeline applies them) < overrides. */
export function fixtureParams(
  loaded: LoadedFixture,
  overrides: GenerationOverrides,
  task?: 'summarization',
): GenerationParams {
  return resolveGenerationParams({
    config: loaded.config,
    generationConfig: loaded.generationConfig,
    ...(task ? { task } : {}),
    overrides,
  });
}

export const int64 = (values: readonly number[]) =>
  new Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    [1, values.length],
  );

/** The engine on the real cached step model (KV cache, beam reordering). */
export async function runEngine(
  loaded: LoadedFixture,
  input: ModelInput,
  params: GenerationParams,
): Promise<GenerationResult> {
  const stepModel = createTransformersStepModel(loaded.model);
  try {
    return await generate(stepModel, input, params);
  } finally {
    await stepModel.dispose();
  }
}

/** Logits after a decoder sequence, recomputed from scratch: encoder and decoder, empty past. */
export function fullRecompute(loaded: LoadedFixture, input: ModelInput): ScoreSequence {
  return async (sequence) => {
    const out = await loaded.model.forward({
      input_ids: int64(input.inputIds),
      attention_mask: int64(input.attentionMask),
      decoder_input_ids: int64(sequence),
    });
    const logits: Tensor = out.logits;
    const vocab = logits.dims.at(-1) ?? 0;
    return Float32Array.from(logits.data.slice(logits.data.length - vocab));
  };
}

/** `fullRecompute`, each decoder sequence computed once. Counts its forward passes in `calls`. */
export function memoisedRecompute(loaded: LoadedFixture, input: ModelInput) {
  const recompute = fullRecompute(loaded, input);
  const memo = new Map<string, Promise<Float32Array>>();
  const oracle = {
    calls: 0,
    score: (sequence: readonly number[]): Promise<Float32Array> => {
      const key = sequence.join(',');
      let logits = memo.get(key);
      if (!logits) {
        oracle.calls++;
        logits = recompute(sequence);
        memo.set(key, logits);
      }
      return logits;
    },
  };
  return oracle;
}
