import { useEffect, useRef } from 'react';
import { useAppStore, useJobActions } from '../../lib/app-context.tsx';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import { isCached } from '../../shared/offline-targets.ts';
import { summarizeState } from './summarize-store.ts';

const SLOT = 'summarize/offline-check';
let checked = false;

/**
 * Opened offline, the Summarize view should not start on a model it cannot load: ask the worker
 * what is stored (once per page), and if the selected model is not, make TextRank the default.
 */
export function useOfflineDefault(): void {
  const actions = useJobActions();
  const hubUrl = useAppStore((s) => s.hubUrl);
  const listing = useSlotJob(SLOT, 'models-list');
  const started = useRef(false);
  useEffect(() => {
    // Only when the view first opens: going offline later must not change the person's method.
    if (checked) return;
    checked = true;
    if (navigator.onLine) return;
    started.current = true;
    actions.run({ kind: 'models-list' }, 'hub', SLOT);
  }, [actions]);
  const models = listing?.result?.models ?? null;
  useEffect(() => {
    if (!started.current || models === null) return;
    started.current = false;
    const { model, location, method, set } = summarizeState();
    if (method !== 'abstractive' || location !== 'hub') return;
    if (!isCached(models, { view: 'Summarize', model, kind: 'seq2seq' }, hubUrl)) set({ method: 'textrank' });
  }, [models, hubUrl]);
}
