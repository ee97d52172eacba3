import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { replacePageQuery } from '../../lib/page-query.ts';
import { useGenerate } from './generate-store.ts';
import { writeGenerateState } from './url-state.ts';

/** Mirrors the Generate view's state in the page query while the view is shown. */
export function useGenerateUrl(): void {
  const state = useGenerate(
    useShallow((s) => ({
      model: s.model,
      location: s.location,
      modelB: s.modelB,
      locationB: s.locationB,
      text: s.text,
      system: s.system,
      chat: s.chat,
      compare: s.compare,
      generation: s.generation,
    })),
  );
  useEffect(() => replacePageQuery((params) => writeGenerateState(params, state)), [state]);
}
