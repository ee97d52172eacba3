/**
 * The Generate view's state in the page query: `model` (pane a) and `model_b` (pane b, when one
 * was chosen rather than pane a's counterpart), `source`/`source_b=local`, `text` while short,
 * `system`, `chat=off`, `compare=true`, and the generation settings under their Hugging Face names
 * (those a URL leaves out keep the view's defaults). Other defaults stay out of the URL.
 */
import {
  generationSettingsFromQuery,
  writeGenerationSettings,
} from '../../shared/generation-settings-query.ts';
import { MAX_URL_TEXT_CHARS } from '../../shared/tokenization/url-state.ts';
import type { GenerateInputs } from './generate-inputs.ts';

const isTrue = (value: string | null) => value === 'true' || value === '1';
const isOff = (value: string | null) => value === 'off' || value === 'false' || value === '0';
const short = (text: string) => text !== '' && text.length <= MAX_URL_TEXT_CHARS;

export function generateStateFromQuery(q: URLSearchParams, base: GenerateInputs): GenerateInputs {
  const model = q.get('model');
  const modelB = q.get('model_b');
  const chat = q.get('chat');
  const compare = q.get('compare');
  const generation = generationSettingsFromQuery(q);
  return {
    model: model || base.model,
    location: model ? (q.get('source') === 'local' ? 'local' : 'hub') : base.location,
    modelB: modelB || base.modelB,
    locationB: modelB ? (q.get('source_b') === 'local' ? 'local' : 'hub') : base.locationB,
    text: q.get('text') ?? base.text,
    system: q.get('system') ?? base.system,
    chat: chat === null ? base.chat : !isOff(chat),
    compare: compare === null ? base.compare : isTrue(compare),
    generation: { ...base.generation, ...generation },
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null) params.delete(key);
  else params.set(key, value);
}

/** Writes the view's keys into `params` (the page query) and leaves other views' keys as they are. */
export function writeGenerateState(params: URLSearchParams, s: GenerateInputs): void {
  params.set('model', s.model);
  setOrDelete(params, 'source', s.location === 'local' ? 'local' : null);
  setOrDelete(params, 'model_b', s.modelB);
  setOrDelete(params, 'source_b', s.modelB !== null && s.locationB === 'local' ? 'local' : null);
  setOrDelete(params, 'text', short(s.text) ? s.text : null);
  setOrDelete(params, 'system', short(s.system) ? s.system : null);
  setOrDelete(params, 'chat', s.chat ? null : 'off');
  setOrDelete(params, 'compare', s.compare ? 'true' : null);
  writeGenerationSettings(params, s.generation);
}
