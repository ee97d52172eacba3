import type { JobState } from '../store/apply-worker-event.ts';

const STAGE_LABEL = {
  loading: 'Loading the model…',
  tokenizing: 'Tokenizing…',
  generating: 'Generating…',
  extracting: 'Picking sentences…',
  classifying: 'Classifying…',
} as const;

interface Props {
  label: string;
  /** `summarize-button` for Summarize, `run-button` for the task views (CONTRACT.md). */
  runTestId: string;
  /** The view's current jobs (one, or one per pane): running while any of them is. */
  jobs: ReadonlyArray<JobState | null>;
  onRun(): void;
  onCancel(jobIds: string[]): void;
  /** Why running would be refused, shown as the button's title (the job still says it). */
  hint?: string;
  /** Set while the view cannot run yet (e.g. it is reading a model's languages): said, and the button waits. */
  waitingFor?: string;
}

/** Run and Cancel for a view's job(s), and what the job is doing, as text. */
export function RunControls({ label, runTestId, jobs, onRun, onCancel, hint, waitingFor }: Props) {
  const present = jobs.filter((j): j is JobState => j !== null);
  const running = present.filter((j) => j.status === 'running');
  const first = running[0] ?? present[0];
  const status = first
    ? first.status === 'running'
      ? first.stage
        ? STAGE_LABEL[first.stage]
        : 'Starting…'
      : first.status === 'cancelled'
        ? 'Cancelled.'
        : present.every((j) => j.status === 'done')
          ? 'Done.'
          : ''
    : '';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        data-testid={runTestId}
        className="rounded bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 disabled:opacity-50"
        onClick={onRun}
        disabled={running.length > 0 || waitingFor !== undefined}
        title={waitingFor ?? hint}
      >
        {label}
      </button>
      <button
        type="button"
        data-testid="cancel-button"
        className="rounded border border-slate-400 bg-white px-4 py-2 disabled:opacity-40"
        onClick={() => onCancel(running.map((j) => j.id))}
        disabled={running.length === 0}
      >
        Cancel
      </button>
      <span role="status" className="text-sm text-slate-700">
        {waitingFor && running.length === 0 ? waitingFor : status}
      </span>
    </div>
  );
}
