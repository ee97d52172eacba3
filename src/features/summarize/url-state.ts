/**
 * The Summarize view's state in the page query, so a reload or a shared link shows the same
 * thing: `model`, `source=local`, `text` (while short), `method`, `sentences`, `prefix`,
 * `chunking`, and the generation settings under their Hugging Face names.
 */
import {
  generationSettingsFromQuery,
  writeGenerationSettings,
} from '../../shared/generation-settings-query.ts';
import { MAX_URL_TEXT_CHARS } from '../../shared/tokenization/url-state.ts';
import type { SummarizeInputs, SummaryMethod } from './summarize-inputs.ts';

export type SummarizeUrlState = SummarizeInputs;

const METHODS: readonly SummaryMethod[] = ['abstractive', 'lead', 'textrank'];
const EXTRACTIVE = ['lead', 'textrank'] as const;
const MAX_SENTENCES = 20;

/** What the query sets; keys it lacks are left to the defaults. */
export function summarizeStateFromQuery(q: URLSearchParams): Partial<SummarizeUrlState> {
  const state: Partial<SummarizeUrlState> = {};
  const model = q.get('model');
  // A model named in the URL comes from the Hub unless the URL says the local folder.
  if (model) {
    state.model = model;
    state.location = q.get('source') === 'local' ? 'local' : 'hub';
  }
  const text = q.get('text');
  if (text !== null) state.article = text;
  const method = METHODS.find((m) => m === q.get('method'));
  if (method) state.method = method;
  const sentences = Number(q.get('sentences'));
  if (Number.isInteger(sentences) && sentences >= 1 && sentences <= MAX_SENTENCES)
    state.sentenceCount = sentences;
  const prefix = q.get('prefix');
  if (prefix) state.prefix = prefix;
  const chunking = q.get('chunking');
  if (chunking === 'auto' || chunking === 'true') state.chunking = true;
  const compare = EXTRACTIVE.find((m) => m === q.get('compare'));
  if (compare) state.compareWith = compare;
  const generation = generationSettingsFromQuery(q);
  if (Object.keys(generation).length > 0) state.generation = generation;
  return state;
}

/** Writes the view's keys into `params` (the page query); defaults and long texts stay out. */
export function writeSummarizeState(params: URLSearchParams, s: SummarizeUrlState): void {
  params.set('model', s.model);
  setOrDelete(params, 'source', s.location === 'local' ? 'local' : null);
  setOrDelete(params, 'text', s.article !== '' && s.article.length <= MAX_URL_TEXT_CHARS ? s.article : null);
  setOrDelete(params, 'method', s.method === 'abstractive' ? null : s.method);
  setOrDelete(
    params,
    'sentences',
    s.method !== 'abstractive' && s.sentenceCount !== 3 ? String(s.sentenceCount) : null,
  );
  setOrDelete(params, 'prefix', s.prefix);
  setOrDelete(params, 'chunking', s.chunking ? 'auto' : null);
  setOrDelete(params, 'compare', s.method === 'abstractive' ? s.compareWith : null);
  writeGenerationSettings(params, s.generation);
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key);
  else params.set(key, value);
}
