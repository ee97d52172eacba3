/**
 * Beam search against the literal port of Python's `_beam_search` (reference/python-beam-search.ts)
 * on the fake model: token ids exactly, scores to 1e-4 and the number of decoder steps, over a
 * large grid (the fake costs microseconds) and the processors that interact with stopping.
 */
import { describe, expect, it } from 'vitest';
import { generate } from './engine.ts';
import type { GenerationOverrides } from './params.ts';
import { pythonBeamSearch, type PythonBeamSearchResult } from './reference/python-beam-search.ts';
import {
  DEFAULT_FAKE_SPEC,
  FakeStepModel,
  fakeLogits,
  type FakeModelSpec,
} from './testing/fake-step-model.ts';
import { FAKE_INPUTS, fakeParams, inputOf } from './testing/scenarios.ts';
import type { GenerationResult } from './types.ts';

const SPECS: Record<string, FakeModelSpec> = {
  default: DEFAULT_FAKE_SPEC,
  // EOS is likely early, so EOS candidates often rank below num_beams and must not finish.
  'eager EOS': { ...DEFAULT_FAKE_SPEC, eosGrowth: 1.6, salt: 11 },
  // A wider vocabulary with a slow EOS: longer searches, more often cut at max_length.
  'wide, slow EOS': { ...DEFAULT_FAKE_SPEC, vocabSize: 48, eosGrowth: 0.25, salt: 3 },
};

async function runBoth(input: readonly number[], overrides: GenerationOverrides, spec: FakeModelSpec) {
  const params = fakeParams(overrides);
  const prefix = spec.isEncoderDecoder ? [0] : [...input];
  const engine = await generate(new FakeStepModel(spec), inputOf(input), params);
  const reference = await pythonBeamSearch(
    async (sequence) => fakeLogits(spec, input, sequence, prefix.length),
    prefix,
    params,
  );
  return { engine, reference };
}

function expectSame(engine: GenerationResult, reference: PythonBeamSearchResult): void {
  expect(engine.sequences.map((s) => s.tokenIds)).toEqual(reference.sequences.map((s) => s.tokenIds));
  engine.sequences.forEach((sequence, i) => {
    expect(Math.abs(sequence.score - (reference.sequences[i]?.score ?? NaN))).toBeLessThan(1e-4);
  });
  expect(engine.steps).toBe(reference.steps);
}

const grid = [2, 3, 4, 5].flatMap((num_beams) =>
  [-1, 0, 0.5, 1, 2].flatMap((length_penalty) =>
    ([true, false, 'never'] as const).flatMap((early_stopping) =>
      [1, 1.5].flatMap((repetition_penalty) =>
        [0, 2].map((no_repeat_ngram_size) => ({
          num_beams,
          length_penalty,
          early_stopping,
          repetition_penalty,
          no_repeat_ngram_size,
          num_return_sequences: Math.min(num_beams, 2),
        })),
      ),
    ),
  ),
);

describe('beam search equals the port of Python _beam_search', () => {
  it.each(grid)('%j on every fake model, input and max_length', async (overrides) => {
    for (const spec of Object.values(SPECS)) {
      for (const input of FAKE_INPUTS) {
        for (const max_length of [8, 16]) {
          const { engine, reference } = await runBoth(input, { ...overrides, max_length }, spec);
          expectSame(engine, reference);
        }
      }
    }
  });

  it('the grid ends the search in each of the three ways', async () => {
    // The reference alone, on one model and input: which condition of
    // `_beam_search_has_unfinished_sequences` ended each run. The heuristic and early_stopping
    // count only when they alone did; at max_length the heuristic fails too (every running beam
    // is a stopped candidate, sunk by 1e9), so that exit counts whatever else held.
    const alone = { noImprovementPossible: 0, allFinishedEarly: 0 };
    let cutAtMaxLength = 0;
    const input = FAKE_INPUTS[0] ?? [];
    for (const overrides of grid) {
      for (const max_length of [8, 16]) {
        const { ended } = await pythonBeamSearch(
          async (sequence) => fakeLogits(DEFAULT_FAKE_SPEC, input, sequence, 1),
          [0],
          fakeParams({ ...overrides, max_length }),
        );
        if (ended.everyCandidateStopped) cutAtMaxLength++;
        else if (!ended.allFinishedEarly) alone.noImprovementPossible++;
        else if (!ended.noImprovementPossible) alone.allFinishedEarly++;
      }
    }
    expect(alone.noImprovementPossible).toBeGreaterThan(20);
    expect(alone.allFinishedEarly).toBeGreaterThan(20);
    expect(cutAtMaxLength).toBeGreaterThan(20);
  });

  const processorCases: [string, GenerationOverrides][] = [
    ['min_length', { num_beams: 3, min_length: 9, max_length: 14 }],
    ['min_new_tokens', { num_beams: 2, min_new_tokens: 6 }],
    ['no_repeat_ngram_size 3', { num_beams: 4, no_repeat_ngram_size: 3, max_length: 16 }],
    ['num_return_sequences = num_beams', { num_beams: 3, num_return_sequences: 3, length_penalty: 2 }],
    [
      'forced_bos_token_id (one finite candidate at the first step)',
      { num_beams: 3, forced_bos_token_id: 4 },
    ],
    ['forced_eos_token_id', { num_beams: 2, forced_eos_token_id: 1, max_length: 6, min_length: 5 }],
    ['max_new_tokens wins over max_length', { num_beams: 2, max_length: 30, max_new_tokens: 4 }],
    ['two eos ids (keep 3 * num_beams)', { num_beams: 3, eos_token_id: [1, 2] }],
    ['no eos id: only max_length stops', { num_beams: 3, eos_token_id: [], max_length: 7 }],
    ['one generated token', { num_beams: 4, max_length: 2, num_return_sequences: 4 }],
    // Marian's generation_config: its pad token banned, the processed scores renormalised.
    ['bad_words_ids (one token and a pair)', { num_beams: 3, bad_words_ids: [[3], [5, 7]], max_length: 12 }],
    ['renormalize_logits after the bans', { num_beams: 3, bad_words_ids: [[3]], renormalize_logits: true }],
    [
      'renormalize_logits with n-gram blocking',
      { num_beams: 4, no_repeat_ngram_size: 2, renormalize_logits: true },
    ],
  ];
  it.each(processorCases)('%s', async (_name, overrides) => {
    for (const spec of Object.values(SPECS)) {
      for (const input of FAKE_INPUTS) {
        const { engine, reference } = await runBoth(input, overrides, spec);
        expectSame(engine, reference);
      }
    }
  });

  it('decoder-only: beams continue the prompt and stop as Python does', async () => {
    const spec = { ...DEFAULT_FAKE_SPEC, isEncoderDecoder: false };
    for (const early_stopping of [true, false, 'never'] as const) {
      const overrides = { num_beams: 3, max_new_tokens: 10, num_return_sequences: 2, early_stopping };
      const { engine, reference } = await runBoth([5, 6, 7], overrides, spec);
      expectSame(engine, reference);
      expect(engine.sequences[0]?.tokenIds.slice(0, 3)).toEqual([5, 6, 7]);
    }
  });
});
