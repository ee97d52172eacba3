import { isCached } from '../shared/offline-targets.ts';
import type { AppStore } from '../store/store.ts';
import type { JobActions } from './job-actions.ts';

/**
 * Opened offline, the Summarize view should not start on a model it cannot load: ask the worker
 * what is stored, and if the selected model is not, make the extractive method the default.
 */
export function pickOfflineSummaryMethod(actions: JobActions, store: AppStore): void {
  if (navigator.onLine) return;
  const jobId = actions.run({ kind: 'models-list' }, 'hub');
  const unsubscribe = store.subscribe((state) => {
    const job = state.worker.jobs[jobId];
    if (!job || job.status === 'running') return;
    unsubscribe();
    const models = job.result?.kind === 'models-list' ? job.result.models : [];
    const { model, location } = state.summarize;
    const target = { view: 'Summarize', model, task: 'summarization' as const };
    if (location === 'hub' && !isCached(models, target, state.hubUrl)) state.setMethod('textrank');
    state.forgetJob(jobId);
  });
}
