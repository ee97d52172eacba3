import { useAppStore, useJobActions } from '../../app/app-context.tsx';
import type { JobState } from '../../store/apply-worker-event.ts';

const STAGE_LABEL = {
  loading: 'Loading the model…',
  tokenizing: 'Tokenizing…',
  generating: 'Generating…',
  extracting: 'Picking sentences…',
} as const;

export function RunControls({ job }: { job: JobState | null }) {
  const actions = useJobActions();
  const article = useAppStore((s) => s.summarize.article);
  const running = job?.status === 'running';
  const status = running
    ? job.stage
      ? STAGE_LABEL[job.stage]
      : 'Starting…'
    : job?.status === 'cancelled'
      ? 'Cancelled.'
      : job?.status === 'done'
        ? 'Done.'
        : '';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        data-testid="summarize-button"
        className="rounded bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-50"
        onClick={() => actions.summarize()}
        disabled={running}
        title={article.trim() === '' ? 'Paste an article first' : undefined}
      >
        Summarize
      </button>
      <button
        type="button"
        data-testid="cancel-button"
        className="rounded border border-slate-400 bg-white px-4 py-2 disabled:opacity-40"
        onClick={() => job && actions.cancel(job.id)}
        disabled={!running}
      >
        Cancel
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </div>
  );
}
