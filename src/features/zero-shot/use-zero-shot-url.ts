import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { replacePageQuery } from '../../lib/page-query.ts';
import { writeZeroShotState } from './url-state.ts';
import { useZeroShot } from './zero-shot-store.ts';

/** Mirrors the Zero-shot view's state in the page query while the view is shown. */
export function useZeroShotUrl(): void {
  const state = useZeroShot(
    useShallow((s) => ({
      model: s.model,
      location: s.location,
      text: s.text,
      labels: s.labels,
      template: s.template,
      multiLabel: s.multiLabel,
      batch: s.batch,
    })),
  );
  useEffect(() => replacePageQuery((params) => writeZeroShotState(params, state)), [state]);
}
