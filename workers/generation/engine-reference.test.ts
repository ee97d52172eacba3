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

const beamMatrix = [2, 3, 4].flatMap((num_beams) =>
  [0.5, 1, 2].flatMap((length_penalty) =>
    ([true, false, 'never'] as const).map((early_stopping) => ({
      num_beams,
      length_penalty,
      early_stopping,
    })),
  ),
);

describe('engine equals the naive reference decoder', () => {
  it.each(FAKE_INPUTS.map((input) => [input]))('greedy on %j', async (input) => {
    const { engine, reference } = await runBoth(input, {});
    expectSame(engine, reference);
  });

  it.each(beamMatrix)('beam search %j on every input', async (overrides) => {
    for (const input of FAKE_INPUTS) {
      const { engine, reference } = await runBoth(input, { ...overrides, max_length: 12 });
      expectSame(engine, reference);
    }
  });

  // EOS is likely early here, so EOS candidates often rank below num_beams and must be skipped.
  const eagerEos: FakeModelSpec = { ...DEFAULT_FAKE_SPEC, eosGrowth: 1.6, salt: 11 };
  it.each(beamMatrix)('beam search %j with an EOS-eager model', async (overrides) => {
    for (const input of FAKE_INPUTS) {
      const { engine, reference } = await runBoth(input, { ...overrides, max_length: 12 }, eagerEos);
      expectSame(engine, reference);
    }
  });

  const processorCases: [string, GenerationOverrides][] = [
    ['min_length', { num_beams: 3, min_length: 9, max_length: 14 }],
    ['min_length, greedy', { min_length: 9 }],
    ['min_new_tokens', { num_beams: 2, min_new_tokens: 6 }],
    ['no_repeat_ngram_size 2', { num_beams: 4, no_repeat_ngram_size: 2, max_length: 16 }],
    ['no_repeat_ngram_size 2, greedy', { no_repeat_ngram_size: 2, max_length: 16 }],
    ['num_return_sequences 3', { num_beams: 4, num_return_sequences: 3, early_stopping: true }],
    ['num_return_sequences = num_beams', { num_beams: 3, num_return_sequences: 3, length_penalty: 2 }],
    ['repetition_penalty', { num_beams: 3, repetition_penalty: 1.5 }],
    ['repetition_penalty, greedy', { repetition_penalty: 1.5 }],
    ['forced_bos_token_id', { num_beams: 3, forced_bos_token_id: 4 }],
    ['forced_eos_token_id', { num_beams: 2, forced_eos_token_id: 1, max_length: 6, min_length: 5 }],
    ['max_new_tokens wins over max_length', { num_beams: 2, max_length: 30, max_new_tokens: 4 }],
    ['two eos ids', { num_beams: 3, eos_token_id: [1, 2] }],
    ['length_penalty 0', { num_beams: 4, length_penalty: 0, early_stopping: 'never' }],
  ];
  it.each(processorCases)('%s', async (_name, overrides) => {
    for (const input of FAKE_INPUTS) {
      const { engine, reference } = await runBoth(input, overrides);
      expectSame(engine, reference);
    }
  });

  it('decoder-only: greedy and beams continue the prompt', async () => {
    const spec = { ...DEFAULT_FAKE_SPEC, isEncoderDecoder: false };
    for (const overrides of [
      { max_new_tokens: 10 },
      { num_beams: 3, max_new_tokens: 10, num_return_sequences: 2 },
    ]) {
      const { engine, reference } = await runBoth([5, 6, 7], overrides, spec);
      expectSame(engine, reference);
      expect(engine.sequences[0]?.tokenIds.slice(0, 3)).toEqual([5, 6, 7]);
    }
  });

  it('the matrix exercises both stopping paths and early_stopping matters', async () => {
    const input = FAKE_INPUTS[0] ?? [];
    const results = await Promise.all(
      ([true, false, 'never'] as const).map(
        async (early_stopping) =>
          (await runBoth(input, { num_beams: 4, length_penalty: 2, early_stopping, max_length: 12 })).engine,
      ),
    );
    const ends = results.flatMap((r) => r.sequences.map((s) => s.tokenIds.at(-1)));
    expect(new Set(results.map((r) => JSON.stringify(r.sequences))).size).toBeGreaterThan(1);
    expect(ends).toContain(1); // finished by EOS
    const capped = await runBoth(input, { num_beams: 4, max_length: 5, num_return_sequences: 4 });
    expect(capped.engine.sequences.some((s) => s.tokenIds.at(-1) !== 1 && s.tokenIds.length === 5)).toBe(
      true,
    );
  });
});
