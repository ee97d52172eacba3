import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { replacePageQuery } from '../../lib/page-query.ts';
import { useSentiment } from './sentiment-store.ts';
import { writeSentimentState } from './url-state.ts';

/** Mirrors the Sentiment view's model and batch in the page query while the view is shown. */
export function useSentimentUrl(): void {
  const state = useSentiment(useShallow((s) => ({ model: s.model, location: s.location, text: s.text })));
  useEffect(() => replacePageQuery((params) => writeSentimentState(params, state)), [state]);
}
