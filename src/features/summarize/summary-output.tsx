import { memo } from 'react';
import type { GeneratedToken } from '../../shared/protocol.ts';
import type { JobState } from '../../store/apply-worker-event.ts';
import { formatMs } from '../../shared/format.ts';
import { RankingTable } from './ranking-table.tsx';

/** One streamed token; memoised, as every frame re-renders the list while it grows. */
const StreamedToken = memo(function StreamedToken({ token: t }: { token: GeneratedToken }) {
  return (
    <span
      data-testid="generated-token"
      data-token-id={t.id}
      title={`token ${t.id} · p = ${t.probability.toFixed(3)}`}
      className="rounded-sm hover:bg-sky-100"
    >
      {t.text}
    </span>
  );
});

/** The summary as it streams: one element per generated token, rendered as text only. */
export function SummaryOutput({ job }: { job: JobState | null }) {
  const result = job?.result?.kind === 'summarize' ? job.result : null;
  const streamedText = job ? job.tokens.map((t) => t.text).join('') : '';
  // A cancelled (or failed) beam search streamed no tokens: show its best beam so far.
  const lastStep = job && job.status !== 'running' && !result ? job.beamSteps.at(-1) : undefined;
  const bestBeam = job?.tokens.length === 0 ? lastStep?.beams[0] : undefined;
  const value = {
    text: result ? result.text : bestBeam ? bestBeam.text.trim() : streamedText.trim(),
    tokenIds: result ? result.tokenIds : (bestBeam?.tokenIds ?? job?.tokens.map((t) => t.id) ?? []),
    done: job?.status === 'done',
  };
  const beamSearch = (job?.beamSteps.length ?? 0) > 0;
  return (
    <div className="space-y-2">
      <div
        data-testid="summary-output"
        data-value={JSON.stringify(value)}
        aria-live="polite"
        aria-busy={job?.status === 'running'}
        className="min-h-24 rounded border border-slate-300 bg-white p-3 font-serif leading-relaxed"
        dir="auto"
      >
        {job && job.tokens.length > 0 && !result?.chunks ? (
          job.tokens.map((t) => <StreamedToken key={t.step} token={t} />)
        ) : result ? (
          result.text
        ) : bestBeam && lastStep ? (
          <>
            <span className="mb-1 block font-sans text-xs text-slate-600" data-testid="partial-summary-note">
              Stopped at step {lastStep.step + 1}: the best live beam so far.
            </span>
            {bestBeam.text}
          </>
        ) : (
          <span className="text-slate-500">
            {job?.status === 'running'
              ? beamSearch
                ? 'Beam search: the summary is chosen when the search ends…'
                : 'Waiting for the first token…'
              : 'The summary appears here.'}
          </span>
        )}
      </div>
      {result && (
        <p
          className="text-xs text-slate-600"
          data-testid="summary-timings"
          data-value={JSON.stringify(result.timings)}
        >
          Load {formatMs(result.timings.loadMs)} · tokenize {formatMs(result.timings.tokenizeMs)} · encode{' '}
          {formatMs(result.timings.encodeMs)} · decode steps {formatMs(result.timings.generateMs)} ·{' '}
          {value.tokenIds.length} tokens
        </p>
      )}
      {result && result.sequences.length > 1 && <RankingTable sequences={result.sequences} />}
      {result?.chunks && (
        <details className="rounded border border-slate-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Chunk summaries ({result.chunks.length})</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-5 font-serif">
            {result.chunks.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
