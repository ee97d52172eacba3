/**
 * Beam search (4 beams) finds a different, better-scoring summary than greedy on the fixtures.
 * The articles were found by running both; beam search wins on every article tried by its own
 * (length-normalized) score, and on these also by the plain sum of log-probabilities.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutoModelForSeq2SeqLM, AutoTokenizer, env } from '@huggingface/transformers';
import { generate } from './engine.ts';
import { resolveGenerationParams, taskPrefix } from './params.ts';
import { createTransformersStepModel } from '../runtime/step-model.ts';

env.allowLocalModels = true;
env.localModelPath = `${path.resolve('fixtures/hub')}/`;
env.allowRemoteModels = false;
env.useBrowserCache = false;
env.useFSCache = false;

const PLAIN = {
  min_length: 0,
  no_repeat_ngram_size: 0,
  early_stopping: false,
  length_penalty: 1,
  max_length: 40,
};

describe('beam search finds better summaries than greedy', () => {
  const cases = [
    {
      id: 'glasspipe-test/tiny-t5',
      text: 'Markets rose after the bank said it would keep interest rates low.',
    },
    {
      id: 'glasspipe-test/tiny-bart',
      text: 'The city council met on Monday to discuss the new budget for schools and roads.',
    },
  ];
  it.each(cases)('$id: "$text"', async ({ id, text }) => {
    const model = await AutoModelForSeq2SeqLM.from_pretrained(id, { dtype: 'fp32' });
    const tokenizer = await AutoTokenizer.from_pretrained(id);
    const config = { ...model.config };
    const generationConfig = { ...(model.generation_config ?? {}) };
    const inputIds = tokenizer.encode(taskPrefix(config, 'summarization') + text);
    const input = { inputIds, attentionMask: inputIds.map(() => 1) };
    const run = async (num_beams: number) => {
      const params = resolveGenerationParams({
        config,
        generationConfig,
        overrides: { ...PLAIN, num_beams },
      });
      const [best] = (await generate(createTransformersStepModel(model), input, params)).sequences;
      if (!best) throw new Error('no sequence');
      // With length_penalty 1 a beam score is sum_logprobs / generated length; greedy's is the sum.
      const generated = best.tokenIds.length - 1;
      return { tokenIds: best.tokenIds, sum: num_beams > 1 ? best.score * generated : best.score, generated };
    };
    const greedy = await run(1);
    const beam = await run(4);
    expect(beam.tokenIds).not.toEqual(greedy.tokenIds);
    expect(beam.tokenIds.at(-1)).toBe(greedy.tokenIds.at(-1)); // both end with EOS
    expect(beam.sum / beam.generated).toBeGreaterThan(greedy.sum / greedy.generated + 1e-3);
    expect(beam.sum).toBeGreaterThan(greedy.sum + 1e-3);
    await model.dispose();
  });
});
