/**
 * A deliberately naive decoder, written apart from the engine, to check it against: no cache
 * (the caller's `scoreSequence` recomputes the logits from the whole sequence every time), plain
 * number arrays, every candidate of every beam listed and fully sorted, the finished list scanned
 * from scratch. It follows Python `transformers` (`_beam_search` + `BeamSearchScorer`,
 * `BeamHypotheses`, the logits processors of logits_process.py) as read from their source.
 */
import { mulberry32 } from '../prng.ts';
import type { GenerationParams } from '../types.ts';
import { at, naiveLogSoftmax, naiveProcess, naiveWarp, type Limits } from './naive-processors.ts';

/** Logits of the token that follows `sequence` (the full decoder sequence so far). */
export type ScoreSequence = (sequence: readonly number[]) => Promise<Float32Array>;

export interface NaiveSequence {
  tokenIds: number[];
  score: number;
}

export async function naiveGenerate(
  scoreSequence: ScoreSequence,
  prefix: readonly number[],
  params: GenerationParams,
): Promise<NaiveSequence[]> {
  const maxLength =
    params.max_new_tokens === null ? params.max_length : prefix.length + params.max_new_tokens;
  const limits = { prefixLength: prefix.length, maxLength };
  if (params.num_beams > 1) return naiveBeamSearch(scoreSequence, prefix, params, limits);
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

interface Finished {
  tokenIds: number[];
  score: number;
  order: number;
}

async function naiveBeamSearch(
  score: ScoreSequence,
  prefix: readonly number[],
  params: GenerationParams,
  limits: Limits,
): Promise<NaiveSequence[]> {
  const k = params.num_beams;
  const lp = params.length_penalty;
  let beams = Array.from({ length: k }, (_, i) => ({ tokenIds: [...prefix], score: i === 0 ? 0 : -1e9 }));
  const finished: Finished[] = [];
  let added = 0;
  const worst = () => Math.min(...finished.map((f) => f.score));
  const addFinished = (tokenIds: number[], sum: number, length: number) => {
    const normalized = sum / length ** lp;
    if (finished.length < k || normalized > worst()) {
      finished.push({ tokenIds, score: normalized, order: added++ });
      if (finished.length > k) {
        // Remove the lowest score; the earliest added among equals.
        let drop = 0;
        for (let i = 1; i < finished.length; i++)
          if (at(finished, i).score < at(finished, drop).score) drop = i;
        finished.splice(drop, 1);
      }
    }
  };
  let done = false;
  for (;;) {
    const all: { beam: number; token: number; score: number; flat: number }[] = [];
    for (const [b, beam] of beams.entries()) {
      const logits = Array.from(await score(beam.tokenIds));
      const logProbs = naiveProcess(beam.tokenIds, naiveLogSoftmax(logits), params, limits);
      logProbs.forEach((lpv, token) =>
        all.push({ beam: b, token, score: lpv + beam.score, flat: b * logits.length + token }),
      );
    }
    all.sort((x, y) => (y.score === x.score ? x.flat - y.flat : y.score > x.score ? 1 : -1));
    const candidates = all.slice(0, Math.max(2, 1 + params.eos_token_id.length) * k);
    const length = at(beams, 0).tokenIds.length + 1;
    const nextBeams: { tokenIds: number[]; score: number }[] = [];
    for (let rank = 0; rank < candidates.length && nextBeams.length < k; rank++) {
      const c = at(candidates, rank);
      const tokens = [...at(beams, c.beam).tokenIds, c.token];
      if (params.eos_token_id.includes(c.token)) {
        if (rank < k) addFinished(tokens, c.score, length - limits.prefixLength);
      } else {
        nextBeams.push({ tokenIds: tokens, score: c.score });
      }
    }
    beams = nextBeams;
    if (finished.length >= k) {
      const best = at(candidates, 0).score;
      if (params.early_stopping === true) done = true;
      else if (params.early_stopping === 'never' && lp > 0)
        done = worst() >= best / (limits.maxLength - limits.prefixLength) ** lp;
      else done = worst() >= best / (length - limits.prefixLength) ** lp;
    }
    if (done || length >= limits.maxLength) break;
  }
  if (!done)
    for (const beam of beams)
      addFinished(beam.tokenIds, beam.score, beam.tokenIds.length - limits.prefixLength);
  // Best first; among equal scores the later-added one first (Python pops from a stable ascending sort).
  const ranked = [...finished].sort((x, y) =>
    y.score === x.score ? y.order - x.order : y.score > x.score ? 1 : -1,
  );
  return ranked
    .slice(0, params.num_return_sequences)
    .map(({ tokenIds, score: s }) => ({ tokenIds, score: s }));
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
