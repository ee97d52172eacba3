import { barPercent, formatScore } from '../../components/classification/score-format.ts';
import { formatMs } from '../../shared/format.ts';
import type { ClassifiedText, SentimentResult } from '../../shared/protocol/index.ts';
import type { JobStatus } from '../../store/apply-worker-event.ts';
import { batchSummary, type BatchMeta } from './batch-results.ts';
import { downloadText } from './download.ts';
import { batchCsv, batchJson, exportFileName } from './export-batch.ts';

interface Props {
  items: readonly ClassifiedText[];
  result: SentimentResult | null;
  meta: BatchMeta;
  status: JobStatus | null;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Over the batch: how the scores were made, what was skipped, counts per top label, exports. */
export function BatchOverview({ items, result, meta, status }: Props) {
  const summary = batchSummary(items, meta.labels ?? []);
  const skipped = result?.skippedLines ?? [];
  return (
    <div className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm">
      {result ? (
        <p data-testid="sentiment-activation">
          Scores: <strong>{result.activation}</strong> of the logits. Why: {result.activationReason}{' '}
          <span className="text-slate-600">
            {plural(result.items.length, 'text')} in {plural(result.batching.passes, 'pass', 'passes')} of up
            to {result.batching.maxRows} rows; loading {formatMs(result.loadMs)}, classifying{' '}
            {formatMs(result.classifyMs)}; inputs cut at {result.limit.tokens} tokens ({result.limit.source}).
          </span>
        </p>
      ) : (
        <p className="text-slate-600">
          {status === 'cancelled'
            ? `Cancelled after ${plural(items.length, 'text')}.`
            : `${plural(items.length, 'text')} so far; the activation is reported when the batch is done.`}
        </p>
      )}
      {skipped.length > 0 && (
        <p data-testid="sentiment-skipped" className="text-slate-700">
          {plural(skipped.length, 'empty line')} skipped (line{skipped.length === 1 ? '' : 's'}{' '}
          {skipped
            .slice(0, 10)
            .map((l) => l + 1)
            .join(', ')}
          {skipped.length > 10 ? ', …' : ''}).
        </p>
      )}
      <div
        data-testid="sentiment-summary"
        data-value={JSON.stringify(summary)}
        className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]"
      >
        <p>
          Mean confidence (mean top score):{' '}
          <strong className="font-mono tabular-nums">
            {summary.meanConfidence === null ? '–' : formatScore(summary.meanConfidence)}
          </strong>
        </p>
        <ul aria-label="Texts per top label" className="space-y-0.5">
          {summary.counts.map(({ label, count }) => (
            <li
              key={label}
              className="grid grid-cols-[minmax(5rem,10rem)_1fr_4rem] items-center gap-2 text-xs"
            >
              <span className="truncate" title={label}>
                {label}
              </span>
              <div
                role="meter"
                aria-label={`${label}: ${count} of ${items.length} texts`}
                aria-valuemin={0}
                aria-valuemax={items.length}
                aria-valuenow={count}
                className="h-2.5 overflow-hidden rounded-sm bg-slate-200"
              >
                <div
                  className="h-full bg-sky-700"
                  style={{ width: `${barPercent(items.length ? count / items.length : 0)}%` }}
                />
              </div>
              <span className="text-right font-mono tabular-nums" aria-hidden="true">
                {count}
              </span>
            </li>
          ))}
        </ul>
      </div>
      {result && (
        <div className="flex gap-2">
          <button
            type="button"
            data-testid="sentiment-export-csv"
            className="rounded border border-slate-400 bg-white px-2 py-1 text-xs"
            onClick={() => downloadText(batchCsv(result), exportFileName(result.model, 'csv'), 'text/csv')}
          >
            Download CSV
          </button>
          <button
            type="button"
            data-testid="sentiment-export-json"
            className="rounded border border-slate-400 bg-white px-2 py-1 text-xs"
            onClick={() =>
              downloadText(batchJson(result), exportFileName(result.model, 'json'), 'application/json')
            }
          >
            Download JSON
          </button>
        </div>
      )}
    </div>
  );
}
