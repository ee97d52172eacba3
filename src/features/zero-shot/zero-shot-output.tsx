import { DownloadProgress } from '../../components/download-progress.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { ResultFacts } from './result-facts.tsx';
import { itemsInOrder, zeroShotValue } from './result-value.ts';
import { ResultsList } from './results-list.tsx';
import type { ScoringContext } from './scoring-steps.ts';
import type { RunRecord } from './zero-shot-store.ts';

interface Props {
  job: JobOfKind<'zero-shot'> | null;
  /** What the view sent for this job (multi_label, batch), known before the result. */
  run: RunRecord | null;
}

/** The job's errors and progress, then each text's scores and glass box. */
export function ZeroShotOutput({ job, run }: Props) {
  const result = job?.result ?? null;
  // The streamed items once they are all in: the result's copies are equal, and would re-render every block.
  const streamed = job?.items ?? [];
  const items = itemsInOrder(result && result.items.length !== streamed.length ? result.items : streamed);
  const multiLabel = result?.multiLabel ?? (run?.jobId === job?.id ? run?.multiLabel : undefined) ?? false;
  const batch = run?.jobId === job?.id && run !== null ? run.batch : items.length > 1;
  const ctx: ScoringContext | null = result;
  const first = items[0];
  return (
    <div className="space-y-3">
      {job?.error && <JobError error={job.error} />}
      {job && <JobNotices notices={job.notices} />}
      {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
      {job?.batch && job.status === 'running' && (
        <label className="block text-sm" data-testid="zeroshot-progress">
          Classified {job.batch.done} of {job.batch.total} texts
          <progress className="mt-1 block h-2 w-full" max={job.batch.total || 1} value={job.batch.done} />
        </label>
      )}
      {result && <ResultFacts result={result} runtime={job?.runtime ?? null} />}
      {first ? (
        <section
          aria-label="Zero-shot result"
          data-testid="zeroshot-result"
          data-value={JSON.stringify(zeroShotValue(first, multiLabel))}
        >
          <ResultsList
            key={job?.id}
            items={items}
            multiLabel={multiLabel}
            ctx={ctx}
            limit={result?.limit ?? null}
            batch={batch}
          />
        </section>
      ) : (
        !job?.error && <p className="text-sm text-slate-600">The labels, best first, appear here.</p>
      )}
    </div>
  );
}
