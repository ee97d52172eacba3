import { useCallback } from 'react';
import { useJobActions } from '../../lib/app-context.tsx';
import type { JobSpec } from '../../shared/protocol/index.ts';
import { summarizeState } from './summarize-store.ts';

/** Slots of the view's jobs: the summary, and the extractive one shown beside the model's. */
export const SLOTS = { main: 'summarize', beside: 'summarize/beside' } as const;

/** Runs the summary the inputs describe (and the extractive one beside it, when asked). */
export function useSummarizeRun(): { run(): void; cancel(jobIds: string[]): void } {
  const actions = useJobActions();
  const run = useCallback(() => {
    const s = summarizeState();
    const extract = (method: 'lead' | 'textrank'): JobSpec => ({
      kind: 'extract',
      text: s.article,
      method,
      count: s.sentenceCount,
    });
    if (s.method !== 'abstractive') {
      actions.run(extract(s.method), s.location, SLOTS.main);
      return;
    }
    actions.run(
      {
        kind: 'summarize',
        model: s.model.trim(),
        text: s.article,
        generation: s.generation,
        chunking: s.chunking ? 'auto' : 'off',
        ...(s.prefix === null ? {} : { prefix: s.prefix }),
      },
      s.location,
      SLOTS.main,
    );
    if (s.compareWith) actions.run(extract(s.compareWith), 'hub', SLOTS.beside);
  }, [actions]);
  const cancel = useCallback((ids: string[]) => ids.forEach((id) => actions.cancel(id)), [actions]);
  return { run, cancel };
}
