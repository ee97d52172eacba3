/**
 * The reference checked by hand, not against the engine: tiny scripted models whose logits are
 * log-probabilities (float32, hence 6 digits), and every expected score worked out on paper from Python's `_beam_search`
 * (comments show the steps). Tokens: 0 = decoder start, 1 = EOS, 2 = a, 3 = b, 4 = c.
 */
import { describe, expect, it } from 'vitest';
import type { GenerationOverrides } from '../params.ts';
import { fakeParams } from '../testing/scenarios.ts';
import { pythonBeamSearch } from './python-beam-search.ts';

const [E, A, B, C] = [1, 2, 3, 4];
const L = Math.log;

/** A model from a table: sequence → probabilities of tokens 0..4 (token 0 never follows). */
function table(rows: Record<string, [number, number, number, number]>) {
  return async (sequence: readonly number[]): Promise<Float32Array> => {
    const row = rows[sequence.join(',')];
    if (!row) throw new Error(`the scripted model has no row for ${sequence.join(',')}`);
    return Float32Array.from([0, ...row], (p) => Math.log(p)); // [pad, E, a, b, c]
  };
}

// Table A: after "a" EOS is likely, after "b" less so, and "b c" almost surely ends.
const TABLE_A = table({
  '0': [0.05, 0.6, 0.3, 0.05],
  '0,2': [0.9, 0.01, 0.01, 0.08],
  '0,3': [0.5, 0.05, 0.05, 0.4],
  '0,3,4': [0.97, 0.01, 0.01, 0.01],
  '0,2,4': [0.6, 0.2, 0.1, 0.1],
});

// Table B: EOS ranks second at the first step, so one beam finishes at once.
const TABLE_B = table({
  '0': [0.3, 0.5, 0.15, 0.05],
  '0,2': [0.4, 0.05, 0.05, 0.5],
  '0,3': [0.04, 0.03, 0.03, 0.9],
  '0,2,4': [0.9, 0.05, 0.03, 0.02],
  '0,3,4': [0.5, 0.3, 0.1, 0.1],
});

async function run(model: ReturnType<typeof table>, overrides: GenerationOverrides) {
  const params = fakeParams({ num_beams: 2, num_return_sequences: 2, max_length: 10, ...overrides });
  return pythonBeamSearch(model, [0], params);
}

function expectSequences(
  actual: { tokenIds: number[]; score: number }[],
  expected: [number[], number][],
): void {
  expect(actual.map((s) => s.tokenIds)).toEqual(expected.map(([ids]) => ids));
  actual.forEach((s, i) => expect(s.score).toBeCloseTo(expected[i]?.[1] ?? NaN, 6));
}

describe('pythonBeamSearch, worked by hand', () => {
  it('stops when the best running beam cannot beat the worst finished one', async () => {
    // Step 1: a, b run (EOS ranks third: not a hypothesis). Step 2: "a E" and "b E" rank first
    // and second and finish: (ln .6 + ln .9) / 2², (ln .3 + ln .5) / 2². The best running beam is
    // "b c": (ln .3 + ln .4) / 2² = -0.530 < -0.474, so Python stops. (The old
    // BeamHypotheses.is_done took the best candidate, "a E", -0.154, and went on.)
    const result = await run(TABLE_A, { length_penalty: 2, early_stopping: false });
    expect(result.steps).toBe(2);
    expect(result.ended.noImprovementPossible).toBe(true);
    expectSequences(result.sequences, [
      [[0, A, E], (L(0.6) + L(0.9)) / 4],
      [[0, B, E], (L(0.3) + L(0.5)) / 4],
    ]);
  });

  it('early_stopping "never" with a positive penalty bounds by max_length, and the last step finishes every beam', async () => {
    // Step 2 as above, but the bound is (ln .3 + ln .4) / (4 - 1)² = -0.236 > -0.474: go on.
    // Step 3 reaches max_length 4, so every candidate stops; the first two, "b c E" and
    // "a c E", finish and "b c E" ((ln .3 + ln .4 + ln .97) / 3²) displaces "b E".
    const result = await run(TABLE_A, { length_penalty: 2, early_stopping: 'never', max_length: 4 });
    expect(result.steps).toBe(3);
    expect(result.ended.everyCandidateStopped).toBe(true);
    expectSequences(result.sequences, [
      [[0, A, E], (L(0.6) + L(0.9)) / 4],
      [[0, B, C, E], (L(0.3) + L(0.4) + L(0.97)) / 9],
    ]);
  });

  it('at max_length the best candidates finish whatever their last token', async () => {
    const result = await run(TABLE_A, { max_length: 2 });
    expect(result.steps).toBe(1);
    expectSequences(result.sequences, [
      [[0, A], L(0.6)],
      [[0, B], L(0.3)],
    ]);
  });

  it('early_stopping true stops once every slot holds a finished beam', async () => {
    // Step 1: "E" ranks second and finishes (ln .3 / 1); a, b run. Step 2: "a c", "a E" rank first
    // and second; "a E" finishes ((ln .5 + ln .4) / 2). Both slots are finished: stop.
    const result = await run(TABLE_B, { length_penalty: 1, early_stopping: true });
    expect(result.steps).toBe(2);
    expect(result.ended.allFinishedEarly).toBe(true);
    expectSequences(result.sequences, [
      [[0, A, E], (L(0.5) + L(0.4)) / 2],
      [[0, E], L(0.3)],
    ]);
  });

  it('early_stopping false goes on while the best running beam could still win', async () => {
    // After step 2 the best running beam "a c" scores (ln .5 + ln .5) / 2 = -0.69 > -1.20: go on.
    // Step 3: "a c E" and "b c E" finish; "a c E" ((ln .5 + ln .5 + ln .9) / 3) is now best. The
    // best running beam "b c a" ((ln .15 + ln .9 + ln .3) / 3 = -1.07) cannot beat -0.80: stop.
    const result = await run(TABLE_B, { length_penalty: 1, early_stopping: false });
    expect(result.steps).toBe(3);
    expect(result.ended.noImprovementPossible).toBe(true);
    expectSequences(result.sequences, [
      [[0, A, C, E], (L(0.5) + L(0.5) + L(0.9)) / 3],
      [[0, A, E], (L(0.5) + L(0.4)) / 2],
    ]);
  });
});
