/**
 * The engine on the real fixture models (transformers.js in Node): against the library's own
 * greedy `generate`, and against the naive reference decoder fed by full recomputes of the
 * model (no cache: the whole decoder prefix each step), which checks the cache handling, beam
 * reordering and batching of `transformers-step-model.ts`.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  env,
  Tensor,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { generate } from './engine.ts';
import { resolveGenerationParams, taskPrefix, type GenerationOverrides, type JsonRecord } from './params.ts';
import { naiveGenerate, type NaiveSequence } from './reference/naive-decoder.ts';
import { createTransformersStepModel } from './transformers-step-model.ts';
import type { GenerationResult } from './types.ts';

env.allowLocalModels = true;
env.localModelPath = `${path.resolve('fixtures/hub')}/`;
env.allowRemoteModels = false;
env.useBrowserCache = false;
env.useFSCache = false;

const ARTICLES = [
  'The city council met on Monday to discuss the new budget for schools and roads.',
  'A small team of researchers found a new species of frog in the rain forest.',
  'The weather was cold and the river froze over for the first time in years.',
  'Markets rose after the bank said it would keep interest rates low.',
];

interface Loaded {
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  config: JsonRecord;
  generationConfig: JsonRecord;
}

async function load(id: string): Promise<Loaded> {
  const model = await AutoModelForSeq2SeqLM.from_pretrained(id, { dtype: 'fp32' });
  const tokenizer = await AutoTokenizer.from_pretrained(id);
  return {
    model,
    tokenizer,
    config: { ...model.config },
    generationConfig: { ...(model.generation_config ?? {}) },
  };
}

function encode(loaded: Loaded, text: string): { inputIds: number[]; attentionMask: number[] } {
  const inputIds = loaded.tokenizer.encode(taskPrefix(loaded.config, 'summarization') + text);
  return { inputIds, attentionMask: inputIds.map(() => 1) };
}

const ids = (values: readonly number[]) =>
  new Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    [1, values.length],
  );

/** Logits after `sequence`, recomputed from scratch: encoder and decoder, empty past. */
function fullRecompute(loaded: Loaded, input: { inputIds: number[]; attentionMask: number[] }) {
  return async (sequence: readonly number[]): Promise<Float32Array> => {
    const out = await loaded.model.forward({
      input_ids: ids(input.inputIds),
      attention_mask: ids(input.attentionMask),
      decoder_input_ids: ids(sequence),
    });
    const logits: Tensor = out.logits;
    const vocab = logits.dims.at(-1) ?? 0;
    return Float32Array.from(logits.data.slice(logits.data.length - vocab));
  };
}

async function engineAndReference(loaded: Loaded, text: string, overrides: GenerationOverrides) {
  const input = encode(loaded, text);
  const params = resolveGenerationParams({
    config: loaded.config,
    generationConfig: loaded.generationConfig,
    overrides,
  });
  const stepModel = createTransformersStepModel(loaded.model);
  const engine = await generate(stepModel, input, params);
  await stepModel.dispose();
  const start = params.decoder_start_token_id ?? 0;
  const reference = await naiveGenerate(fullRecompute(loaded, input), [start], params);
  return { engine, reference };
}

function expectSame(engine: GenerationResult, reference: NaiveSequence[]): void {
  expect(engine.sequences.map((s) => s.tokenIds)).toEqual(reference.map((s) => s.tokenIds));
  engine.sequences.forEach((s, i) =>
    expect(Math.abs(s.score - (reference[i]?.score ?? NaN))).toBeLessThan(1e-4),
  );
}

const PLAIN: GenerationOverrides = {
  num_beams: 1,
  min_length: 0,
  no_repeat_ngram_size: 0,
  early_stopping: false,
  length_penalty: 1,
};

const beamMatrix = [2, 3, 4].flatMap((num_beams) =>
  [0.5, 1, 2].flatMap((length_penalty) =>
    ([true, false, 'never'] as const).map((early_stopping) => ({
      num_beams,
      length_penalty,
      early_stopping,
    })),
  ),
);

describe.each(['glasspipe-test/tiny-t5', 'glasspipe-test/tiny-bart'])('%s', (id) => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load(id);
  });
  afterAll(async () => {
    await loaded.model.dispose();
  });

  it("greedy equals the library's own generate on every article", async () => {
    for (const text of ARTICLES) {
      const input = encode(loaded, text);
      const params = resolveGenerationParams({
        config: loaded.config,
        generationConfig: loaded.generationConfig,
        overrides: { num_beams: 1, max_length: 24 },
      });
      const ours = await generate(createTransformersStepModel(loaded.model), input, params);
      // `generate` keeps max_new_tokens at its null default, so max_length counts (the pipelines
      // set max_new_tokens: 256 instead). It would ignore num_beams anyway.
      const theirs = await loaded.model.generate({
        inputs: ids(input.inputIds),
        attention_mask: ids(input.attentionMask),
        max_length: 24,
        num_beams: 1,
      });
      if (!(theirs instanceof Tensor)) throw new Error('generate() returned no tensor');
      expect(ours.sequences[0]?.tokenIds).toEqual(Array.from(theirs.data, Number));
    }
  });

  it('greedy equals the no-cache reference, with the model’s own processors', async () => {
    for (const text of ARTICLES) {
      const { engine, reference } = await engineAndReference(loaded, text, { num_beams: 1, max_length: 24 });
      expectSame(engine, reference);
    }
  });

  // The fixtures end by themselves after ~15-20 tokens: max_length 32 exercises finished
  // hypotheses and every early_stopping rule, 12 the cut at max_length.
  it.each(beamMatrix)('beam search %j equals the no-cache reference', async (overrides) => {
    for (const text of ARTICLES.slice(0, 2)) {
      const { engine, reference } = await engineAndReference(loaded, text, {
        ...PLAIN,
        ...overrides,
        max_length: 32,
      });
      expectSame(engine, reference);
    }
  });

  const cases: [string, GenerationOverrides][] = [
    ['cut at max_length', { ...PLAIN, num_beams: 4, max_length: 12, num_return_sequences: 2 }],
    ['min_length', { ...PLAIN, num_beams: 3, min_length: 24, max_length: 32 }],
    ['no_repeat_ngram_size 2', { ...PLAIN, num_beams: 4, no_repeat_ngram_size: 2, max_length: 32 }],
    ['num_return_sequences 3', { ...PLAIN, num_beams: 4, num_return_sequences: 3, max_length: 32 }],
    ['the model’s own summarization settings', { max_length: 32 }],
  ];
  it.each(cases)('%s equals the no-cache reference', async (_name, overrides) => {
    for (const text of ARTICLES.slice(0, 2)) {
      const { engine, reference } = await engineAndReference(loaded, text, overrides);
      expectSame(engine, reference);
    }
  });

  it('seeded sampling is reproducible and equals the reference sampler', async () => {
    const overrides = {
      ...PLAIN,
      do_sample: true,
      seed: 7,
      top_k: 20,
      num_return_sequences: 3,
      max_length: 32,
    };
    const first = await engineAndReference(loaded, ARTICLES[0] ?? '', overrides);
    const again = await engineAndReference(loaded, ARTICLES[0] ?? '', overrides);
    expect(again.engine).toEqual(first.engine);
    expect(first.engine.sequences.map((s) => s.tokenIds)).toEqual(first.reference.map((s) => s.tokenIds));
  });
});
