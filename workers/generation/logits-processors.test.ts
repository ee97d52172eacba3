import { describe, expect, it } from 'vitest';
import {
  buildLogitsProcessors,
  forcedBos,
  forcedEos,
  minLength,
  minNewTokens,
  noRepeatNGram,
  repetitionPenalty,
  type LogitsProcessor,
} from './logits-processors.ts';
import { temperature, topK, topP } from './logits-warpers.ts';
import { fakeParams } from './testing/scenarios.ts';

const NEG = -Infinity;

function run(processor: LogitsProcessor, tokenIds: number[], scores: number[]): number[] {
  const row = Float64Array.from(scores);
  processor(tokenIds, row);
  return Array.from(row);
}

describe('logits processors (Python semantics)', () => {
  it('repetition_penalty divides positive and multiplies negative scores of seen tokens, once each', () => {
    expect(run(repetitionPenalty(2), [0, 1, 1, 3], [4, -4, 4, 6])).toEqual([2, -8, 4, 3]);
  });

  it('no_repeat_ngram_size bans the tokens that would repeat an n-gram', () => {
    // Bigrams so far: (0,5) (5,7) (7,5) (5,9) (9,5); the context is 5 → ban 7 and 9.
    expect(run(noRepeatNGram(2), [0, 5, 7, 5, 9, 5], Array(10).fill(1))).toEqual([
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      NEG,
      1,
      NEG,
    ]);
    // Trigrams: context (7,5) occurred before 9 only once: (7,5,9).
    expect(run(noRepeatNGram(3), [7, 5, 9, 7, 5], Array(10).fill(0))[9]).toBe(NEG);
    expect(run(noRepeatNGram(3), [7, 5], Array(10).fill(0)).every((s) => s === 0)).toBe(true);
    expect(run(noRepeatNGram(1), [2, 4], [0, 0, 0, 0, 0])).toEqual([0, 0, NEG, 0, NEG]);
  });

  it('min_length counts the whole sequence, decoder start included', () => {
    expect(run(minLength(3, [1, 2]), [0, 4], [5, 5, 5])).toEqual([5, NEG, NEG]);
    expect(run(minLength(3, [1, 2]), [0, 4, 4], [5, 5, 5])).toEqual([5, 5, 5]);
  });

  it('min_new_tokens counts only tokens after the prefix', () => {
    expect(run(minNewTokens(3, 2, [1]), [9, 9, 9, 4], [0, 0])).toEqual([0, NEG]);
    expect(run(minNewTokens(3, 2, [1]), [9, 9, 9, 4, 4], [0, 0])).toEqual([0, 0]);
  });

  it('forced_bos_token_id forces the first token after the decoder start', () => {
    expect(run(forcedBos(2), [0], [3, 4, 5, 6])).toEqual([NEG, NEG, 0, NEG]);
    expect(run(forcedBos(2), [0, 2], [3, 4, 5, 6])).toEqual([3, 4, 5, 6]);
  });

  it('forced_eos_token_id forces EOS as the token that reaches max_length', () => {
    expect(run(forcedEos(4, [1]), [0, 5, 6], [3, 4, 5])).toEqual([NEG, 0, NEG]);
    expect(run(forcedEos(4, [1]), [0, 5], [3, 4, 5])).toEqual([3, 4, 5]);
  });

  it('builds only the processors the parameters ask for, in Python order', () => {
    expect(buildLogitsProcessors(fakeParams(), 1, 20)).toHaveLength(0);
    const all = fakeParams({
      repetition_penalty: 2,
      no_repeat_ngram_size: 2,
      min_length: 5,
      min_new_tokens: 2,
      forced_bos_token_id: 3,
      forced_eos_token_id: 1,
    });
    const processors = buildLogitsProcessors(all, 1, 20);
    expect(processors).toHaveLength(6);
    // Order check: forced BOS comes after the EOS mask, so at length 1 only token 3 survives.
    const row = Float64Array.from([1, 1, 1, 1, 1]);
    for (const p of processors) p([0], row);
    expect(Array.from(row)).toEqual([NEG, NEG, NEG, 0, NEG]);
  });
});

describe('sampling warpers', () => {
  it('temperature divides the scores', () => {
    expect(run(temperature(0.5), [], [1, -2])).toEqual([2, -4]);
  });

  it('top_k keeps the k best and everything tied with the k-th', () => {
    expect(run(topK(2), [], [1, 5, 3, 3, 0])).toEqual([NEG, 5, 3, 3, NEG]);
    expect(run(topK(10), [], [1, 2])).toEqual([1, 2]);
  });

  it('top_p drops the least likely tokens whose cumulative mass stays within 1 - top_p', () => {
    const logits = [Math.log(0.05), Math.log(0.15), Math.log(0.3), Math.log(0.5)];
    // Ascending cumulative: 0.05, 0.2, 0.5, 1.0; with top_p 0.75 the cut is 0.25.
    expect(run(topP(0.75), [], logits).map((s) => s === NEG)).toEqual([true, true, false, false]);
    // The most likely token always stays.
    expect(run(topP(0.01), [], logits).map((s) => s === NEG)).toEqual([true, true, true, false]);
  });
});
