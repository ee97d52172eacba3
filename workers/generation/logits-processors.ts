/**
 * Logits processors with Python `transformers` semantics (generation/logits_process.py). Each one
 * looks at the whole sequence of one row (decoder start or prompt included, as Python's
 * `input_ids`) and edits that row's scores in place. Greedy and sampling run them on raw logits;
 * beam search runs them on log-softmax scores, exactly as Python's `_beam_search` does.
 */
import type { GenerationParams, LogitsStageName } from './types.ts';

export type LogitsProcessor = (tokenIds: readonly number[], scores: Float64Array) => void;

/** A processor or warper with the parameter it comes from, so a step can be shown stage by stage. */
export interface LogitsStage {
  name: Exclude<LogitsStageName, 'raw'>;
  process: LogitsProcessor;
}

export function applyProcessors(
  stages: readonly LogitsStage[],
  tokenIds: readonly number[],
  scores: Float64Array,
): void {
  for (const stage of stages) stage.process(tokenIds, scores);
}

/** RepetitionPenaltyLogitsProcessor: each token already in the sequence, once, is made less likely. */
export function repetitionPenalty(penalty: number): LogitsProcessor {
  return (tokenIds, scores) => {
    for (const token of new Set(tokenIds)) {
      const score = scores[token];
      if (score === undefined) continue;
      scores[token] = score < 0 ? score * penalty : score / penalty;
    }
  };
}

/**
 * NoBadWordsLogitsProcessor: a one-token bad word is never generated; a longer one's last token is
 * banned right after the rest of it. Python drops bad words that are just an EOS token.
 */
export function noBadWords(
  badWords: readonly (readonly number[])[],
  eos: readonly number[],
): LogitsProcessor | null {
  const words = badWords.filter((w) => !(w.length === 1 && eos.includes(w[0] ?? -1)));
  if (words.length === 0) return null;
  return (tokenIds, scores) => {
    for (const word of words) {
      const last = word[word.length - 1];
      if (last === undefined) continue;
      const head = word.length - 1;
      let matches = tokenIds.length >= head;
      for (let i = 0; i < head && matches; i++) matches = tokenIds[tokenIds.length - head + i] === word[i];
      if (matches) scores[last] = -Infinity;
    }
  };
}

/** LogitNormalization: log-softmax of the processed scores, so beam scores stay log-probabilities. */
export const logitNormalization: LogitsProcessor = (_tokenIds, scores) => {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  if (max === -Infinity) return;
  let total = 0;
  for (const s of scores) total += Math.exp(s - max);
  const log = max + Math.log(total);
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? -Infinity) - log;
};

/** NoRepeatNGramLogitsProcessor: bans every token that would repeat an n-gram of the sequence. */
export function noRepeatNGram(size: number): LogitsProcessor {
  return (tokenIds, scores) => {
    const length = tokenIds.length;
    if (length + 1 < size) return;
    const context = tokenIds.slice(length - size + 1);
    for (let start = 0; start + size <= length; start++) {
      let matches = true;
      for (let j = 0; j < size - 1 && matches; j++) matches = tokenIds[start + j] === context[j];
      const banned = tokenIds[start + size - 1];
      if (matches && banned !== undefined) scores[banned] = -Infinity;
    }
  };
}

/** MinLengthLogitsProcessor: no EOS while the whole sequence is shorter than `minLength`. */
export function minLength(min: number, eosTokenIds: readonly number[]): LogitsProcessor {
  return (tokenIds, scores) => {
    if (tokenIds.length < min) maskTokens(scores, eosTokenIds);
  };
}

/** MinNewTokensLengthLogitsProcessor: no EOS until `min` tokens follow the prefix. */
export function minNewTokens(
  prefixLength: number,
  min: number,
  eosTokenIds: readonly number[],
): LogitsProcessor {
  return (tokenIds, scores) => {
    if (tokenIds.length - prefixLength < min) maskTokens(scores, eosTokenIds);
  };
}

/** ForcedBOSTokenLogitsProcessor: the first token after the decoder start is `bosTokenId`. */
export function forcedBos(bosTokenId: number): LogitsProcessor {
  return (tokenIds, scores) => {
    if (tokenIds.length === 1) forceTokens(scores, [bosTokenId]);
  };
}

/** ForcedEOSTokenLogitsProcessor: the token that reaches `maxLength` is EOS. */
export function forcedEos(maxLength: number, eosTokenIds: readonly number[]): LogitsProcessor {
  return (tokenIds, scores) => {
    if (tokenIds.length === maxLength - 1) forceTokens(scores, eosTokenIds);
  };
}

function maskTokens(scores: Float64Array, tokenIds: readonly number[]): void {
  for (const token of tokenIds) if (token < scores.length) scores[token] = -Infinity;
}

function forceTokens(scores: Float64Array, tokenIds: readonly number[]): void {
  scores.fill(-Infinity);
  for (const token of tokenIds) if (token < scores.length) scores[token] = 0;
}

/**
 * The processors Python's `_get_logits_processor` builds for these parameters, in its order.
 * `prefixLength` is the decoder prefix length (1 for seq2seq); `maxLength` the effective one.
 */
export function buildLogitsStages(
  params: GenerationParams,
  prefixLength: number,
  maxLength: number,
): LogitsStage[] {
  const eos = params.eos_token_id;
  const stages: LogitsStage[] = [];
  const add = (name: LogitsStage['name'], process: LogitsProcessor) => stages.push({ name, process });
  if (params.repetition_penalty !== 1.0)
    add('repetition_penalty', repetitionPenalty(params.repetition_penalty));
  if (params.no_repeat_ngram_size > 0)
    add('no_repeat_ngram_size', noRepeatNGram(params.no_repeat_ngram_size));
  if (params.bad_words_ids !== null) {
    const banned = noBadWords(params.bad_words_ids, eos);
    if (banned) add('bad_words_ids', banned);
  }
  if (params.min_length > 0 && eos.length > 0) add('min_length', minLength(params.min_length, eos));
  if (params.min_new_tokens !== null && params.min_new_tokens > 0 && eos.length > 0) {
    add('min_new_tokens', minNewTokens(prefixLength, params.min_new_tokens, eos));
  }
  if (params.forced_bos_token_id !== null) add('forced_bos_token_id', forcedBos(params.forced_bos_token_id));
  if (params.forced_eos_token_id !== null)
    add('forced_eos_token_id', forcedEos(maxLength, params.forced_eos_token_id));
  if (params.renormalize_logits) add('renormalize_logits', logitNormalization);
  return stages;
}

/** The same processors as plain functions, in Python's order. */
export function buildLogitsProcessors(
  params: GenerationParams,
  prefixLength: number,
  maxLength: number,
): LogitsProcessor[] {
  return buildLogitsStages(params, prefixLength, maxLength).map((stage) => stage.process);
}
