import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { replacePageQuery } from '../../lib/page-query.ts';
import { useSummarize } from './summarize-store.ts';
import { writeSummarizeState } from './url-state.ts';

/** Mirrors the Summarize view's state in the page query while the view is shown. */
export function useSummarizeUrl(): void {
  const state = useSummarize(
    useShallow((s) => {
      const { set: _set, setGeneration: _setGeneration, ...inputs } = s;
      return inputs;
    }),
  );
  useEffect(() => replacePageQuery((params) => writeSummarizeState(params, state)), [state]);
}
