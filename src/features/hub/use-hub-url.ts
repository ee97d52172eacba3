import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { replacePageQuery } from '../../lib/page-query.ts';
import { useHub } from './hub-store.ts';
import { writeHubState } from './url-state.ts';

/** Mirrors the Hub view's state in the page query while the view is shown. */
export function useHubUrl(): void {
  const state = useHub(
    useShallow((s) => ({
      q: s.q,
      task: s.task,
      browser: s.browser,
      license: s.license,
      lang: s.lang,
      sort: s.sort,
      model: s.model,
      compare: s.compare,
      tab: s.tab,
    })),
  );
  useEffect(() => replacePageQuery((params) => writeHubState(params, state)), [state]);
}
