/**
 * The Sentiment view's state in the page query (CONTRACT.md): `model`, `source=local`, and
 * `text` while short (a loaded file's batch stays out of the URL). Other views' keys are kept.
 */
import { MAX_URL_TEXT_CHARS } from '../../shared/tokenization/url-state.ts';
import type { SentimentInputs } from './sentiment-inputs.ts';

export function sentimentStateFromQuery(q: URLSearchParams, base: SentimentInputs): SentimentInputs {
  const model = q.get('model');
  const text = q.get('text');
  return {
    // A model named in the URL comes from the Hub unless the URL says the local folder.
    ...(model ? { model, location: q.get('source') === 'local' ? 'local' : 'hub' } : base),
    text: text ?? base.text,
  };
}

export function writeSentimentState(params: URLSearchParams, state: SentimentInputs): void {
  params.set('model', state.model);
  if (state.location === 'local') params.set('source', 'local');
  else params.delete('source');
  if (state.text !== '' && state.text.length <= MAX_URL_TEXT_CHARS) params.set('text', state.text);
  else params.delete('text');
}
