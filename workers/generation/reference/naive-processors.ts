/** The naive reference's logits processors and warpers: plain arrays, written out longhand. */
import type { GenerationParams } from '../types.ts';

export interface Limits {
  prefixLength: number;
  maxLength: number;
}

/** All processors, in Python's order, written out on a plain array. */
export function naiveProcess(
  sequence: readonly number[],
  input: readonly number[],
  params: GenerationParams,
  limits: Limits,
): number[] {
  const scores = [...input];
  const eos = params.eos_token_id;
  if (params.repetition_penalty !== 1) {
    const seen: number[] = [];
    for (const t of sequence) if (!seen.includes(t)) seen.push(t);
    for (const t of seen) {
      const s = at(scores, t);
      scores[t] = s < 0 ? s * params.repetition_penalty : s / params.repetition_penalty;
    }
  }
  const n = params.no_repeat_ngram_size;
  if (n > 0 && sequence.length + 1 >= n) {
    const tail = sequence.slice(sequence.length - (n - 1)).join(',');
    for (let i = 0; i + n <= sequence.length; i++) {
      if (sequence.slice(i, i + n - 1).join(',') === tail) scores[at(sequence, i + n - 1)] = -Infinity;
    }
  }
  for (const word of params.bad_words_ids ?? []) {
    if (word.length === 1 && eos.includes(at(word, 0))) continue; // Python keeps EOS out of bad words
    const head = word.slice(0, -1);
    const tail = sequence.slice(sequence.length - head.length);
    if (sequence.length >= head.length && tail.join(',') === head.join(','))
      scores[at(word, word.length - 1)] = -Infinity;
  }
  if (params.min_length > 0 && sequence.length < params.min_length)
    for (const e of eos) scores[e] = -Infinity;
  if (params.min_new_tokens !== null && sequence.length - limits.prefixLength < params.min_new_tokens) {
    for (const e of eos) scores[e] = -Infinity;
  }
  if (params.forced_bos_token_id !== null && sequence.length === 1) {
    scores.fill(-Infinity);
    scores[params.forced_bos_token_id] = 0;
  }
  if (params.forced_eos_token_id !== null && sequence.length === limits.maxLength - 1) {
    scores.fill(-Infinity);
    for (const e of params.forced_eos_token_id) scores[e] = 0;
  }
  return params.renormalize_logits && scores.some((s) => s > -Infinity) ? naiveLogSoftmax(scores) : scores;
}

export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No element ${index}`);
  return value;
}

export function naiveLogSoftmax(values: readonly number[]): number[] {
  const max = Math.max(...values);
  const total = values.reduce((sum, v) => sum + Math.exp(v - max), 0);
  return values.map((v) => v - max - Math.log(total));
}

/** Temperature, then top-k, then top-p, on a plain array (Python's warper order). */
export function naiveWarp(scores: number[], params: GenerationParams): number[] {
  let warped = scores.map((s) => s / params.temperature);
  if (params.top_k > 0) {
    const threshold = at(
      [...warped].sort((x, y) => y - x),
      Math.min(params.top_k, warped.length) - 1,
    );
    warped = warped.map((s) => (s < threshold ? -Infinity : s));
  }
  if (params.top_p < 1) {
    const probabilities = naiveLogSoftmax(warped).map(Math.exp);
    const ascending = warped.map((_, token) => token).sort((x, y) => at(warped, x) - at(warped, y));
    let cumulative = 0;
    const removed = new Set<number>();
    ascending.slice(0, -1).forEach((token) => {
      cumulative += at(probabilities, token);
      if (cumulative <= 1 - params.top_p) removed.add(token);
    });
    warped = warped.map((s, token) => (removed.has(token) ? -Infinity : s));
  }
  return warped;
}
