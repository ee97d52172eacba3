import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { replacePageQuery } from '../../lib/page-query.ts';
import { useTranslation } from './translation-store.ts';
import { writeTranslationState } from './url-state.ts';

/** Mirrors the Translation view's state in the page query while the view is shown. */
export function useTranslationUrl(): void {
  const state = useTranslation(
    useShallow((s) => ({ text: s.text, panes: s.panes, generation: s.generation, chunking: s.chunking })),
  );
  useEffect(() => replacePageQuery((params) => writeTranslationState(params, state)), [state]);
}
