/** The engine on the decoder-only fixture (GPT-2 style, `position_ids` and a growing attention mask). */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  Tensor,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { generate } from './engine.ts';
import { resolveGenerationParams, type GenerationOverrides } from './params.ts';
import { naiveGenerate } from './reference/naive-decoder.ts';
import { createTransformersStepModel } from '../runtime/step-model.ts';

env.allowLocalModels = true;
env.localModelPath = `${path.resolve('fixtures/hub')}/`;
env.allowRemoteModels = false;
env.useBrowserCache = false;
env.useFSCache = false;

const PROMPTS = [
  'The city council met on Monday',
  'A small team of researchers',
  'Markets rose after the bank said',
];

const ids = (values: readonly number[]) =>
  new Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    [1, values.length],
  );

describe('glasspipe-test/tiny-gpt (decoder-only)', () => {
  let model: PreTrainedModel;
  let tokenizer: PreTrainedTokenizer;
  beforeAll(async () => {
    model = await AutoModelForCausalLM.from_pretrained('glasspipe-test/tiny-gpt', { dtype: 'fp32' });
    tokenizer = await AutoTokenizer.from_pretrained('glasspipe-test/tiny-gpt');
  });
  afterAll(async () => {
    await model.dispose();
  });

  const paramsFor = (overrides: GenerationOverrides) =>
    resolveGenerationParams({
      config: { ...model.config },
      generationConfig: { ...(model.generation_config ?? {}) },
      overrides,
    });
  const inputOf = (prompt: string) => {
    const inputIds = tokenizer.encode(prompt);
    return { inputIds, attentionMask: inputIds.map(() => 1) };
  };

  it("greedy equals the library's own generate", async () => {
    for (const prompt of PROMPTS) {
      const input = inputOf(prompt);
      const ours = await generate(
        createTransformersStepModel(model),
        input,
        paramsFor({ max_new_tokens: 12 }),
      );
      const theirs = await model.generate({
        inputs: ids(input.inputIds),
        attention_mask: ids(input.attentionMask),
        max_new_tokens: 12,
      });
      if (!(theirs instanceof Tensor)) throw new Error('generate() returned no tensor');
      expect(ours.sequences[0]?.tokenIds).toEqual(Array.from(theirs.data, Number));
      expect(ours.sequences[0]?.tokenIds.slice(0, input.inputIds.length)).toEqual(input.inputIds);
    }
  });

  const cases: GenerationOverrides[] = [
    { max_new_tokens: 10 },
    { num_beams: 3, max_new_tokens: 10, num_return_sequences: 2 },
    {
      num_beams: 4,
      max_new_tokens: 10,
      no_repeat_ngram_size: 2,
      length_penalty: 0.5,
      early_stopping: 'never',
    },
    { do_sample: true, seed: 3, num_return_sequences: 2, max_new_tokens: 10 },
  ];
  it.each(cases)('%j equals the no-cache reference', async (overrides) => {
    const input = inputOf(PROMPTS[0] ?? '');
    const params = paramsFor(overrides);
    const engine = await generate(createTransformersStepModel(model), input, params);
    const reference = await naiveGenerate(
      async (sequence) => {
        const out = await model.forward({
          input_ids: ids(sequence),
          attention_mask: ids(sequence.map(() => 1)),
        });
        const logits: Tensor = out.logits;
        const vocab = logits.dims.at(-1) ?? 0;
        return Float32Array.from(logits.data.slice(logits.data.length - vocab));
      },
      input.inputIds,
      params,
    );
    expect(engine.sequences.map((s) => s.tokenIds)).toEqual(reference.map((s) => s.tokenIds));
    engine.sequences.forEach((s, i) =>
      expect(Math.abs(s.score - (reference[i]?.score ?? NaN))).toBeLessThan(1e-4),
    );
  });
});
