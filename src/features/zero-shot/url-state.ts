/**
 * The Zero-shot view's state in the page query: `model` (and `source=local`), `text` while short,
 * `labels` (comma-separated, as typed), `template` when not the default, `multi_label=true` and
 * `batch=lines` when set — Hugging Face's parameter names where there is one.
 */
import { MAX_URL_TEXT_CHARS } from '../../shared/tokenization/url-state.ts';
import { DEFAULT_TEMPLATE, type ZeroShotInputs } from './zero-shot-inputs.ts';

const isTrue = (value: string | null) => value === 'true' || value === '1';

export function zeroShotStateFromQuery(q: URLSearchParams, base: ZeroShotInputs): ZeroShotInputs {
  const model = q.get('model');
  const multiLabel = q.get('multi_label');
  const batch = q.get('batch');
  return {
    model: model || base.model,
    location: model ? (q.get('source') === 'local' ? 'local' : 'hub') : base.location,
    text: q.get('text') ?? base.text,
    labels: q.get('labels') ?? base.labels,
    template: q.get('template') ?? base.template,
    multiLabel: multiLabel === null ? base.multiLabel : isTrue(multiLabel),
    batch: batch === null ? base.batch : batch === 'lines' || isTrue(batch),
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key);
  else params.set(key, value);
}

/** Writes the view's keys into `params` (the page query); defaults and long texts stay out. */
export function writeZeroShotState(params: URLSearchParams, s: ZeroShotInputs): void {
  params.set('model', s.model);
  setOrDelete(params, 'source', s.location === 'local' ? 'local' : null);
  setOrDelete(params, 'text', s.text !== '' && s.text.length <= MAX_URL_TEXT_CHARS ? s.text : null);
  setOrDelete(params, 'labels', s.labels !== '' ? s.labels : null);
  setOrDelete(params, 'template', s.template !== DEFAULT_TEMPLATE ? s.template : null);
  setOrDelete(params, 'multi_label', s.multiLabel ? 'true' : null);
  setOrDelete(params, 'batch', s.batch ? 'lines' : null);
}
