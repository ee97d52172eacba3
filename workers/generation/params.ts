/**
 * Resolves generation parameters the way Python `transformers` does: library defaults, then the
 * generation keys of `config.json`, then `generation_config.json`, then the pipeline task's
 * `task_specific_params[task]` (Python's pipeline copies them into the generation config), then
 * the caller's overrides.
 */
import type { EarlyStopping, GenerationParams } from './types.ts';

export type JsonRecord = Record<string, unknown>;

/** Caller overrides, Python names; `undefined` keeps the model's value, `null` clears a nullable one. */
export interface GenerationOverrides {
  max_length?: number;
  max_new_tokens?: number | null;
  min_length?: number;
  min_new_tokens?: number | null;
  do_sample?: boolean;
  num_beams?: number;
  num_return_sequences?: number;
  temperature?: number;
  top_k?: number;
  top_p?: number;
  seed?: number | null;
  length_penalty?: number;
  early_stopping?: EarlyStopping;
  no_repeat_ngram_size?: number;
  repetition_penalty?: number;
  bos_token_id?: number | null;
  eos_token_id?: number | number[] | null;
  pad_token_id?: number | null;
  decoder_start_token_id?: number | null;
  forced_bos_token_id?: number | null;
  forced_eos_token_id?: number | number[] | null;
  bad_words_ids?: number[][] | null;
  renormalize_logits?: boolean;
}

export interface ParamSources {
  /** `config.json` as loaded. */
  config?: JsonRecord;
  /** `generation_config.json` as loaded (or `{}`). */
  generationConfig?: JsonRecord;
  /** Pipeline task whose `task_specific_params` apply, e.g. `summarization`. */
  task?: string;
  overrides?: GenerationOverrides;
}

/** Python `GenerationConfig()` defaults. */
export const PYTHON_DEFAULTS: Readonly<GenerationParams> = Object.freeze({
  max_length: 20,
  max_new_tokens: null,
  min_length: 0,
  min_new_tokens: null,
  do_sample: false,
  num_beams: 1,
  num_return_sequences: 1,
  temperature: 1.0,
  top_k: 50,
  top_p: 1.0,
  seed: null,
  length_penalty: 1.0,
  early_stopping: false,
  no_repeat_ngram_size: 0,
  repetition_penalty: 1.0,
  bos_token_id: null,
  eos_token_id: [],
  pad_token_id: null,
  decoder_start_token_id: null,
  forced_bos_token_id: null,
  forced_eos_token_id: null,
  bad_words_ids: null,
  renormalize_logits: false,
});

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function taskSpecificParams(config: JsonRecord | undefined, task: string): JsonRecord {
  const all = config?.['task_specific_params'];
  const forTask = isRecord(all) ? all[task] : undefined;
  return isRecord(forTask) ? forTask : {};
}

/**
 * The text the pipeline prepends for `task`: the model-wide `config.prefix`, then the task's own
 * (e.g. T5's `summarize: `), as transformers.js's text2text pipelines do; `''` when neither.
 */
export function taskPrefix(config: JsonRecord | undefined, task: string): string {
  const global = config?.['prefix'];
  const prefix = taskSpecificParams(config, task)['prefix'];
  return (typeof global === 'string' ? global : '') + (typeof prefix === 'string' ? prefix : '');
}

export function resolveGenerationParams(sources: ParamSources = {}): GenerationParams {
  const params: GenerationParams = { ...PYTHON_DEFAULTS, eos_token_id: [] };
  const config = sources.config ?? {};
  // Like transformers.js `_prepare_generation_config`: some configs keep token ids in a sub-config.
  for (const key of ['decoder', 'text_config']) {
    const sub = config[key];
    if (isRecord(sub)) applyRecord(params, sub);
  }
  applyRecord(params, config);
  applyRecord(params, sources.generationConfig ?? {});
  if (sources.task) applyRecord(params, taskSpecificParams(config, sources.task));
  applyRecord(params, { ...(sources.overrides ?? {}) });
  // Python's generate: "Setting `pad_token_id` to `eos_token_id` for open-end generation."
  if (params.pad_token_id === null && params.eos_token_id[0] !== undefined) {
    params.pad_token_id = params.eos_token_id[0];
  }
  return params;
}

function applyRecord(params: GenerationParams, source: JsonRecord): void {
  const num = (key: string): number | undefined => {
    const v = source[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const has = (key: string): boolean => key in source && source[key] !== undefined;
  const nullableNum = (key: string, current: number | null): number | null =>
    !has(key) ? current : source[key] === null ? null : (num(key) ?? current);

  params.max_length = num('max_length') ?? params.max_length;
  params.max_new_tokens = nullableNum('max_new_tokens', params.max_new_tokens);
  params.min_length = num('min_length') ?? params.min_length;
  params.min_new_tokens = nullableNum('min_new_tokens', params.min_new_tokens);
  params.num_beams = num('num_beams') ?? params.num_beams;
  params.num_return_sequences = num('num_return_sequences') ?? params.num_return_sequences;
  params.temperature = num('temperature') ?? params.temperature;
  params.top_k = num('top_k') ?? params.top_k;
  params.top_p = num('top_p') ?? params.top_p;
  params.seed = nullableNum('seed', params.seed);
  params.length_penalty = num('length_penalty') ?? params.length_penalty;
  params.no_repeat_ngram_size = num('no_repeat_ngram_size') ?? params.no_repeat_ngram_size;
  params.repetition_penalty = num('repetition_penalty') ?? params.repetition_penalty;
  params.bos_token_id = nullableNum('bos_token_id', params.bos_token_id);
  params.pad_token_id = nullableNum('pad_token_id', params.pad_token_id);
  params.decoder_start_token_id = nullableNum('decoder_start_token_id', params.decoder_start_token_id);
  params.forced_bos_token_id = nullableNum('forced_bos_token_id', params.forced_bos_token_id);

  const doSample = source['do_sample'];
  if (typeof doSample === 'boolean') params.do_sample = doSample;
  const earlyStopping = source['early_stopping'];
  if (typeof earlyStopping === 'boolean' || earlyStopping === 'never') params.early_stopping = earlyStopping;
  if (has('eos_token_id')) params.eos_token_id = tokenList(source['eos_token_id']) ?? [];
  if (has('forced_eos_token_id')) params.forced_eos_token_id = tokenList(source['forced_eos_token_id']);
  if (has('bad_words_ids')) params.bad_words_ids = tokenLists(source['bad_words_ids']);
  const renormalize = source['renormalize_logits'];
  if (typeof renormalize === 'boolean') params.renormalize_logits = renormalize;
}

/** A list of token-id lists (`bad_words_ids`); `null` for anything else. */
function tokenLists(value: unknown): number[][] | null {
  if (!Array.isArray(value)) return null;
  const lists = value.map((v) => (Array.isArray(v) ? tokenList(v) : null));
  return lists.every((l): l is number[] => l !== null && l.length > 0) ? lists : null;
}

/** A token id or a list of them, as Python accepts; `null` for anything else. */
function tokenList(value: unknown): number[] | null {
  if (typeof value === 'number' && Number.isInteger(value)) return [value];
  if (Array.isArray(value) && value.every((v): v is number => typeof v === 'number' && Number.isInteger(v))) {
    return [...value];
  }
  return null;
}

/** Throws on combinations Python rejects (or that this engine does not implement). */
export function validateGenerationParams(params: GenerationParams): void {
  const fail = (message: string): never => {
    throw new RangeError(message);
  };
  if (!Number.isInteger(params.num_beams) || params.num_beams < 1)
    fail('`num_beams` must be a positive integer.');
  if (!Number.isInteger(params.num_return_sequences) || params.num_return_sequences < 1) {
    fail('`num_return_sequences` must be a positive integer.');
  }
  if (params.num_beams > 1 && params.do_sample) {
    fail('Beam sampling (`do_sample` with `num_beams` > 1) is not supported; use one or the other.');
  }
  if (params.num_beams > 1 && params.num_return_sequences > params.num_beams) {
    fail('`num_return_sequences` has to be smaller or equal to `num_beams`.');
  }
  if (params.num_beams === 1 && !params.do_sample && params.num_return_sequences !== 1) {
    fail('Greedy search does not support `num_return_sequences` different than 1 (as in Python).');
  }
  if (params.do_sample && !(params.temperature > 0))
    fail('`temperature` has to be a strictly positive float.');
  if (params.do_sample && !(params.top_p > 0 && params.top_p <= 1))
    fail('`top_p` has to be a float in (0, 1].');
  if (!Number.isInteger(params.top_k) || params.top_k < 0) fail('`top_k` has to be a non-negative integer.');
  if (!(params.repetition_penalty > 0)) fail('`repetition_penalty` has to be a strictly positive float.');
  if (params.max_new_tokens !== null && params.max_new_tokens < 1)
    fail('`max_new_tokens` must be at least 1.');
}
