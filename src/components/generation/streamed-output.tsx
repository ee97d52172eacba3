import { memo } from 'react';
import type { GeneratedToken, GenerationOutput } from '../../shared/protocol/index.ts';
import type { JobState } from '../../store/apply-worker-event.ts';
import { formatMs } from '../../shared/format.ts';
import { RankingTable } from './ranking-table.tsx';

interface TokenProps {
  token: GeneratedToken;
  picked?: boolean;
  onPick?: ((step: number) => void) | undefined;
}

/** One token of the output; memoised, as every frame re-renders the list while it grows. */
const OutputToken = memo(function OutputToken({ token: t, picked = false, onPick }: TokenProps) {
  return (
    <span
      data-testid="generated-token"
      data-token-id={t.id}
      title={`token ${t.id} · p = ${t.probability.toFixed(3)}${onPick ? ' · click to inspect this step' : ''}`}
      className={[
        'rounded-sm hover:bg-sky-100',
        onPick ? 'cursor-pointer' : '',
        picked ? 'underline decoration-sky-700 decoration-2 underline-offset-4' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-current={picked ? 'step' : undefined}
      onClick={onPick ? () => onPick(t.step) : undefined}
    >
      {t.text}
    </span>
  );
});

interface Props {
  job: JobState | null;
  result: GenerationOutput | null;
  /** `summary-output`, `translation-output-a`, …: carries the output as JSON in `data-value`. */
  testId: string;
  /** Fields a view's contract adds to `data-value` (e.g. Translation's `prompt`). */
  withPrompt?: boolean;
  placeholder: string;
  /** Test id of the timings line (`summary-timings`). */
  timingsTestId: string;
  /** How the parts of a chunked input are named ("Chunk summaries"). */
  chunksLabel: string;
  /**
   * Makes each token clickable, for a view that inspects one step (Generate's sampling inspector;
   * the view offers the same choice by keyboard). Pass a stable function: tokens are memoised.
   */
  onPickToken?: (step: number) => void;
  /** The step the view is inspecting, underlined in the output. */
  pickedStep?: number | null;
}

/**
 * The output as token elements, each with its probability on hover: streamed one by one during
 * greedy decoding or sampling; after a beam search, the winning sequence's tokens; when a beam
 * search was cancelled, the best live beam so far.
 */
export function StreamedOutput({
  job,
  result,
  testId,
  withPrompt = false,
  placeholder,
  timingsTestId,
  chunksLabel,
  onPickToken,
  pickedStep = null,
}: Props) {
  // A cancelled (or failed) beam search streamed no tokens: show its best beam so far.
  const lastStep = job && job.status !== 'running' && !result ? job.beamSteps.at(-1) : undefined;
  const bestBeam = job?.tokens.length === 0 ? lastStep?.beams[0] : undefined;
  const tokens = result ? result.tokens : (job?.tokens ?? []);
  const streamedText = tokens.map((t) => t.text).join('');
  const value = {
    text: result ? result.text : bestBeam ? bestBeam.text.trim() : streamedText.trim(),
    ...(withPrompt ? { prompt: result?.prompt ?? job?.prompt?.prompt ?? '' } : {}),
    tokenIds: result ? result.tokenIds : (bestBeam?.tokenIds ?? tokens.map((t) => t.id)),
    done: job?.status === 'done',
  };
  const beamSearch = (job?.beamSteps.length ?? 0) > 0;
  const chunked = result?.chunks !== undefined && result.tokens.length === 0;
  return (
    <div className="space-y-2">
      <div
        data-testid={testId}
        data-value={JSON.stringify(value)}
        aria-live="polite"
        aria-busy={job?.status === 'running'}
        className="min-h-24 rounded border border-slate-300 bg-white p-3 font-serif leading-relaxed"
        dir="auto"
      >
        {tokens.length > 0 && !chunked ? (
          tokens.map((t) => (
            <OutputToken key={t.step} token={t} picked={t.step === pickedStep} onPick={onPickToken} />
          ))
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
                ? 'Beam search: the output is chosen when the search ends…'
                : 'Waiting for the first token…'
              : placeholder}
          </span>
        )}
      </div>
      {result && (
        <p
          className="text-xs text-slate-600"
          data-testid={timingsTestId}
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
          <summary className="cursor-pointer font-medium">
            {chunksLabel} ({result.chunks.length})
          </summary>
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
