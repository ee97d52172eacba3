/**
 * Greedy search against the naive no-cache reference on the fake model. Beam search has its own
 * grid against the port of Python's `_beam_search` (beam-search-reference.test.ts), sampling
 * its own file (sampling.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { generate } from './engine.ts';
import type { GenerationOverrides } from './params.ts';
import { naiveGenerate, type NaiveSequence } from './reference/naive-decoder.ts';
import {
  DEFAULT_FAKE_SPEC,
  FakeStepModel,
  fakeLogits,
  type FakeModelSpec,
} from './testing/fake-step-model.ts';
import { FAKE_INPUTS, fakeParams, inputOf } from './testing/scenarios.ts';
import type { GenerationResult } from './types.ts';

async function runBoth(
  input: readonly number[],
  overrides: GenerationOverrides,
  spec: FakeModelSpec = DEFAULT_FAKE_SPEC,
) {
  const params = fakeParams(overrides);
  const prefix = spec.isEncoderDecoder ? [0] : [...input];
  const engine = await generate(new FakeStepModel(spec), inputOf(input), params);
  const reference = await naiveGenerate(
    async (sequence) => fakeLogits(spec, input, sequence, prefix.length),
    prefix,
    params,
  );
  return { engine, reference };
}

function expectSame(engine: GenerationResult, reference: NaiveSequence[]): void {
  expect(engine.sequences.map((s) => s.tokenIds)).toEqual(reference.map((s) => s.tokenIds));
  engine.sequences.forEach((sequence, i) => {
    expect(Math.abs(sequence.score - (reference[i]?.score ?? NaN))).toBeLessThan(1e-4);
  });
}

describe('greedy search equals the naive reference decoder', () => {
  it.each(FAKE_INPUTS.map((input) => [input]))('on %j', async (input) => {
    const { engine, reference } = await runBoth(input, {});
    expectSame(engine, reference);
  });

  const processorCases: [string, GenerationOverrides][] = [
    ['min_length', { min_length: 9 }],
    ['no_repeat_ngram_size 2', { no_repeat_ngram_size: 2, max_length: 16 }],
    ['repetition_penalty', { repetition_penalty: 1.5 }],
    ['forced_bos_token_id', { forced_bos_token_id: 4 }],
    ['forced_eos_token_id', { forced_eos_token_id: 1, max_length: 6, min_length: 5 }],
    ['max_new_tokens wins over max_length', { max_length: 30, max_new_tokens: 4 }],
    ['two eos ids', { eos_token_id: [1, 2] }],
  ];
  it.each(processorCases)('%s', async (_name, overrides) => {
    for (const input of FAKE_INPUTS) {
      const { engine, reference } = await runBoth(input, overrides);
      expectSame(engine, reference);
    }
  });

  it('decoder-only: continues the prompt', async () => {
    const spec = { ...DEFAULT_FAKE_SPEC, isEncoderDecoder: false };
    const { engine, reference } = await runBoth([5, 6, 7], { max_new_tokens: 10 }, spec);
    expectSame(engine, reference);
    expect(engine.sequences[0]?.tokenIds.slice(0, 3)).toEqual([5, 6, 7]);
  });
});
