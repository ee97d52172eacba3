import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import type { ClassifiedText } from '../../shared/protocol/index.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { BatchOverview } from './batch-overview.tsx';
import { batchMeta, contractValue } from './batch-results.ts';
import { ResultsTable } from './results-table.tsx';
import { SentimentCode } from './sentiment-code.tsx';
import { catalogEntry } from './sentiment-inputs.ts';
import { useSentiment } from './sentiment-store.ts';
import { TextDetails } from './text-details.tsx';

const NO_ITEMS: readonly ClassifiedText[] = [];

/**
 * The batch as it streams: progress, the overview, the table and each text's detail. The
 * contract's `sentiment-result` names the region only once the final result is in, so a check
 * that waits for it never reads half a batch (while streaming it is `sentiment-partial`).
 */
export function SentimentOutput({ job }: { job: JobOfKind<'sentiment'> | null }) {
  const model = useSentiment((s) => s.model);
  const result = job?.result ?? null;
  const items = result?.items ?? job?.items ?? NO_ITEMS;
  // The lists render behind the counts: React renders a deferred value in slices it can
  // interrupt, so a burst of streamed items never holds the page in one long task.
  const listed = useDeferredValue(items);
  const [shown, setShown] = useState<{ line: number; at: number } | null>(null);
  const expected = catalogEntry(result?.model ?? model);
  const meta = batchMeta(result, expected, items[0]);
  const show = useCallback((line: number) => setShown({ line, at: Date.now() }), []);
  const value = useMemo(() => (result ? JSON.stringify(contractValue(result)) : undefined), [result]);
  return (
    <div className="space-y-4">
      {job?.error && <JobError error={job.error} />}
      {job && <JobNotices notices={job.notices} />}
      {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
      {job?.batch && job.status === 'running' && (
        <div data-testid="sentiment-progress" data-value={JSON.stringify(job.batch)} className="text-sm">
          <label className="block">
            Classified {job.batch.done.toLocaleString('en')} of {job.batch.total.toLocaleString('en')} texts
            <progress className="mt-1 block h-2 w-full" max={job.batch.total || 1} value={job.batch.done} />
          </label>
        </div>
      )}
      {(result || items.length > 0) && (
        <section
          aria-label="Classified texts"
          aria-busy={job?.status === 'running'}
          data-testid={result ? 'sentiment-result' : 'sentiment-partial'}
          data-value={value}
          className="space-y-4"
        >
          <BatchOverview items={items} result={result} meta={meta} status={job?.status ?? null} />
          <ResultsTable items={listed} onShow={show} />
          <TextDetails items={listed} meta={meta} shown={shown} />
        </section>
      )}
      <SentimentCode
        runtime={result?.model === model.trim() ? (job?.runtime ?? null) : null}
        activation={meta.activation}
      />
    </div>
  );
}
