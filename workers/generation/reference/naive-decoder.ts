/**
 * A deliberately naive decoder, written apart from the engine, to check it against: no cache
 * (the caller's `scoreSequence` recomputes the logits from the whole sequence every time), plain
 * number arrays. Greedy search and sampling follow Python `transformers` `_sample` and the logits
 * processors of logits_process.py as read from their source; beam search is the literal port of
 * the current `_beam_search` in `python-beam-search.ts`.
 */
import { mulberry32 } from '../prng.ts';
import type { GenerationParams } from '../types.ts';
import { at, naiveLogSoftmax, naiveProcess, naiveWarp, type Limits } from './naive-processors.ts';
import { pythonBeamSearch } from './python-beam-search.ts';
import type { NaiveSequence, ScoreSequence } from './reference-types.ts';

export type { NaiveSequence, ScoreSequence } from './reference-types.ts';

export async function naiveGenerate(
  scoreSequence: ScoreSequence,
  prefix: readonly number[],
  params: GenerationParams,
): Promise<NaiveSequence[]> {
  const maxLength =
    params.max_new_tokens === null ? params.max_length : prefix.length + params.max_new_tokens;
  const limits = { prefixLength: prefix.length, maxLength };
  if (params.num_beams > 1) return (await pythonBeamSearch(scoreSequence, prefix, params)).sequences;
  if (params.do_sample) return naiveSample(scoreSequence, prefix, params, limits);
  return [await naiveGreedy(scoreSequence, prefix, params, limits)];
}

async function naiveGreedy(
  score: ScoreSequence,
  prefix: readonly number[],
  params: GenerationParams,
  limits: Limits,
): Promise<NaiveSequence> {
  const sequence = [...prefix];
  let total = 0;
  for (;;) {
    const processed = naiveProcess(sequence, Array.from(await score(sequence)), params, limits);
    let best = 0;
    for (let t = 0; t < processed.length; t++) if (at(processed, t) > at(processed, best)) best = t;
    total += at(naiveLogSoftmax(processed), best);
    sequence.push(best);
    if (params.eos_token_id.includes(best) || sequence.length >= limits.maxLength)
      return { tokenIds: sequence, score: total };
  }
}

/**
 * Sampling with the engine's PRNG, so that seeded runs can be compared draw for draw: each
 * step draws once per unfinished sequence, in sequence order.
 */
async function naiveSample(
  score: ScoreSequence,
  prefix: readonly number[],
  params: GenerationParams,
  limits: Limits,
): Promise<NaiveSequence[]> {
  if (params.seed === null) throw new Error('The naive sampler needs a seed.');
  const random = mulberry32(params.seed);
  const sequences = Array.from({ length: params.num_return_sequences }, () => ({
    tokenIds: [...prefix],
    score: 0,
    done: false,
  }));
  while (sequences.some((s) => !s.done)) {
    for (const sequence of sequences.filter((s) => !s.done)) {
      const processed = naiveProcess(
        sequence.tokenIds,
        Array.from(await score(sequence.tokenIds)),
        params,
        limits,
      );
      const probabilities = naiveLogSoftmax(naiveWarp(processed, params)).map(Math.exp);
      const u = random();
      let cumulative = 0;
      let token = probabilities.findIndex((p) => (cumulative += p) > u);
      if (token < 0) token = probabilities.length - 1 - [...probabilities].reverse().findIndex((p) => p > 0);
      sequence.tokenIds.push(token);
      sequence.score += Math.log(at(probabilities, token));
      sequence.done = params.eos_token_id.includes(token) || sequence.tokenIds.length >= limits.maxLength;
    }
  }
  return sequences.map(({ tokenIds, score: s }) => ({ tokenIds, score: s }));
}
