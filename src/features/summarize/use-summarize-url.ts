import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../app/app-context.tsx';
import { replacePageQuery } from '../../lib/page-query.ts';
import { writeSummarizeState } from './url-state.ts';

/** Mirrors the Summarize view's state in the page query while the view is shown. */
export function useSummarizeUrl(): void {
  const state = useAppStore(
    useShallow((s) => {
      const { jobId: _jobId, ...rest } = s.summarize;
      return rest;
    }),
  );
  useEffect(() => replacePageQuery((params) => writeSummarizeState(params, state)), [state]);
}
