import { describe, expect, it } from 'vitest';
import { generate } from './engine.ts';
import type { GenerationOverrides } from './params.ts';
import { naiveGenerate } from './reference/naive-decoder.ts';
import { DEFAULT_FAKE_SPEC, FakeStepModel, fakeLogits } from './testing/fake-step-model.ts';
import { FAKE_INPUTS, fakeParams, inputOf } from './testing/scenarios.ts';

const input = FAKE_INPUTS[0] ?? [];

async function sample(overrides: GenerationOverrides) {
  const model = new FakeStepModel();
  const result = await generate(model, inputOf(input), fakeParams({ do_sample: true, ...overrides }));
  return { result, model };
}

describe('sampling', () => {
  it('is reproducible with a seed and varies across seeds', async () => {
    const first = await sample({ seed: 42, num_return_sequences: 3 });
    const again = await sample({ seed: 42, num_return_sequences: 3 });
    expect(again.result).toEqual(first.result);
    const others = await Promise.all([1, 2, 3, 4].map((seed) => sample({ seed, num_return_sequences: 3 })));
    const distinct = new Set(
      [first, ...others].map((r) => JSON.stringify(r.result.sequences.map((s) => s.tokenIds))),
    );
    expect(distinct.size).toBeGreaterThan(1);
  });

  const cases: GenerationOverrides[] = [
    { seed: 1 },
    { seed: 2, num_return_sequences: 4 },
    { seed: 3, temperature: 0.7, top_k: 5 },
    { seed: 4, top_p: 0.8, top_k: 0 },
    { seed: 5, temperature: 1.3, top_k: 8, top_p: 0.9, num_return_sequences: 3 },
    { seed: 6, no_repeat_ngram_size: 2, repetition_penalty: 1.2, min_length: 6, num_return_sequences: 2 },
  ];
  it.each(cases)('draws what the naive sampler draws with the same PRNG: %j', async (overrides) => {
    const params = fakeParams({ do_sample: true, ...overrides });
    for (const ids of FAKE_INPUTS) {
      const engine = await generate(new FakeStepModel(), inputOf(ids), params);
      const reference = await naiveGenerate(
        async (sequence) => fakeLogits(DEFAULT_FAKE_SPEC, ids, sequence, 1),
        [0],
        params,
      );
      expect(engine.sequences.map((s) => s.tokenIds)).toEqual(reference.map((s) => s.tokenIds));
      engine.sequences.forEach((s, i) => expect(s.score).toBeCloseTo(reference[i]?.score ?? NaN, 6));
    }
  });

  it('top_k = 1 is greedy', async () => {
    const greedy = await generate(new FakeStepModel(), inputOf(input), fakeParams());
    const { result } = await sample({ seed: 9, top_k: 1 });
    expect(result.sequences[0]?.tokenIds).toEqual(greedy.sequences[0]?.tokenIds);
  });

  it('drops finished sequences from later decoder calls', async () => {
    const { result, model } = await sample({ seed: 2, num_return_sequences: 4 });
    const lengths = result.sequences.map((s) => s.tokenIds.length);
    expect(new Set(lengths).size).toBeGreaterThan(1);
    expect(model.callRows[0]).toBe(1);
    expect(model.callRows[1]).toBe(4);
    expect(model.callRows.at(-1)).toBeLessThan(4);
    for (let i = 2; i < model.callRows.length; i++)
      expect(model.callRows[i]).toBeLessThanOrEqual(model.callRows[i - 1] ?? 0);
  });

  it('labels token events with their sequence', async () => {
    const seen = new Set<number>();
    await generate(
      new FakeStepModel(),
      inputOf(input),
      fakeParams({ do_sample: true, seed: 3, num_return_sequences: 3 }),
      {
        onStep: (e) => {
          if (e.kind === 'token') seen.add(e.sequence);
        },
      },
    );
    expect([...seen].sort()).toEqual([0, 1, 2]);
  });
});
