import { useEffect } from 'react';
import { useAppStore, useJobActions } from '../../lib/app-context.tsx';
import { replacePageQuery } from '../../lib/page-query.ts';
import { labStateToQuery } from '../../shared/tokenization/url-state.ts';
import type { TokenizeJob } from '../../shared/tokenization/types.ts';
import { labState, useLab } from './lab-store.ts';

/** Typing pauses this long before the worker tokenizes: the latest input wins. */
const DEBOUNCE_MS = 120;

/**
 * Runs the lab's tokenize jobs as the inputs change (debounced), keeps the last finished result
 * on screen until the next one finishes, forgets older results, and mirrors the state in the URL.
 */
export function useLabRunner(): void {
  const actions = useJobActions();
  const lab = useLab((s) => s);
  const hubUrl = useAppStore((s) => s.hubUrl);
  const setLabJob = useLab((s) => s.setLabJob);
  const setCompareJob = useLab((s) => s.setCompareJob);
  const forgetJob = useAppStore((s) => s.forgetJob);
  const { model, location, texts, pairs, settings, compare } = lab;

  useEffect(() => {
    const timer = setTimeout(() => {
      const base = { kind: 'tokenize' as const, pairs, settings };
      const job: TokenizeJob = { ...base, model: model.trim(), texts };
      setLabJob(actions.run(job, location));
      // Comparisons tokenize the first text with the same settings.
      for (const other of compare) {
        // Read at run time, not a dependency: a new compare job must not trigger another run.
        const previous = labState().compareJobs[other];
        const firstOnly = {
          ...base,
          model: other,
          texts: texts.slice(0, 1),
          pairs: pairs?.slice(0, 1) ?? null,
        };
        setCompareJob(other, actions.run(firstOnly, 'hub'));
        if (previous) forgetJob(previous);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [
    actions,
    model,
    location,
    texts,
    pairs,
    settings,
    compare,
    hubUrl,
    setLabJob,
    setCompareJob,
    forgetJob,
  ]);

  useEffect(
    () =>
      replacePageQuery((params) => {
        const next = labStateToQuery({ model, texts, pairs, settings }, params).params;
        for (const key of [...new Set(params.keys())]) params.delete(key);
        for (const [key, value] of next) params.append(key, value);
        // As in Summarize: `source=local` when the tokenizer comes from the app's model folder.
        if (location === 'local') params.set('source', 'local');
        else params.delete('source');
      }),
    [model, location, texts, pairs, settings],
  );
}

/** The lab job to show: the latest one once it finished, else the previous finished one. */
export function useShownLabJob() {
  const jobId = useLab((s) => s.jobId);
  const shownJobId = useLab((s) => s.shownJobId);
  const latest = useAppStore((s) => (jobId ? s.worker.jobs[jobId] : undefined));
  const shown = useAppStore((s) => (shownJobId ? s.worker.jobs[shownJobId] : undefined));
  const setShown = useLab((s) => s.setShownLabJob);
  const forgetJob = useAppStore((s) => s.forgetJob);
  const finished = latest !== undefined && latest.status !== 'running';
  useEffect(() => {
    if (!finished || !jobId || jobId === shownJobId) return;
    setShown(jobId);
    if (shownJobId) forgetJob(shownJobId);
  }, [finished, jobId, shownJobId, setShown, forgetJob]);
  return { job: finished ? latest : (shown ?? latest ?? null), updating: latest?.status === 'running' };
}
