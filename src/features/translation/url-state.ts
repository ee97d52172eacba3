/**
 * The Translation view's state in the page query: `model` (pane a) and `model_b` (CONTRACT.md),
 * `text` while short, each pane's `src_lang`/`tgt_lang`/`prefix` (`_b` for pane b), `chunking`,
 * and the generation settings under their Hugging Face names.
 */
import {
  generationSettingsFromQuery,
  writeGenerationSettings,
} from '../../shared/generation-settings-query.ts';
import { MAX_URL_TEXT_CHARS } from '../../shared/tokenization/url-state.ts';
import { PANES, type PaneId, type PaneInputs, type TranslationInputs } from './translation-inputs.ts';

const suffix = (pane: PaneId) => (pane === 'a' ? '' : '_b');

function paneFromQuery(q: URLSearchParams, pane: PaneId): Partial<PaneInputs> {
  const s = suffix(pane);
  const out: Partial<PaneInputs> = {};
  const model = q.get(`model${s}`);
  if (model) {
    out.model = model;
    out.location = q.get(`source${s}`) === 'local' ? 'local' : 'hub';
    // Another model: its languages and instruction come from the URL or from the model.
    out.srcLang = null;
    out.tgtLang = null;
  }
  const src = q.get(`src_lang${s}`);
  const tgt = q.get(`tgt_lang${s}`);
  const prefix = q.get(`prefix${s}`);
  if (src) out.srcLang = src;
  if (tgt) out.tgtLang = tgt;
  if (prefix !== null) out.prefix = prefix;
  return out;
}

export function translationStateFromQuery(q: URLSearchParams, base: TranslationInputs): TranslationInputs {
  const text = q.get('text');
  const generation = generationSettingsFromQuery(q);
  return {
    text: text ?? base.text,
    panes: {
      a: { ...base.panes.a, ...paneFromQuery(q, 'a') },
      b: { ...base.panes.b, ...paneFromQuery(q, 'b') },
    },
    generation: Object.keys(generation).length > 0 ? generation : base.generation,
    chunking: q.get('chunking') === 'auto' || base.chunking,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key);
  else params.set(key, value);
}

export function writeTranslationState(params: URLSearchParams, state: TranslationInputs): void {
  setOrDelete(
    params,
    'text',
    state.text !== '' && state.text.length <= MAX_URL_TEXT_CHARS ? state.text : null,
  );
  for (const pane of PANES) {
    const s = suffix(pane);
    const p = state.panes[pane];
    params.set(`model${s}`, p.model);
    setOrDelete(params, `source${s}`, p.location === 'local' ? 'local' : null);
    setOrDelete(params, `src_lang${s}`, p.srcLang);
    setOrDelete(params, `tgt_lang${s}`, p.tgtLang);
    setOrDelete(params, `prefix${s}`, p.prefix);
  }
  setOrDelete(params, 'chunking', state.chunking ? 'auto' : null);
  writeGenerationSettings(params, state.generation);
}
