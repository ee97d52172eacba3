import { formatMs } from '../../shared/format.ts';
import type { RuntimeInfo, ZeroShotResult } from '../../shared/protocol/index.ts';

/** What the run did as a whole: the model's NLI labels, the scoring, the batching, notes and skipped lines. */
export function ResultFacts({ result, runtime }: { result: ZeroShotResult; runtime: RuntimeInfo | null }) {
  const { batching } = result;
  return (
    <div
      className="space-y-2 rounded border border-slate-200 bg-white p-3 text-xs"
      data-testid="zeroshot-facts"
    >
      <p>
        <span className="font-semibold">NLI labels</span> (id2label):{' '}
        {result.nliLabels.map((l, i) => `${i} = ${l}`).join(', ')}. Scoring:{' '}
        <span data-testid="zeroshot-scoring" className="font-mono">
          {result.scoring}
        </span>
        .
      </p>
      <p>
        {result.candidateLabels.length} candidate label{result.candidateLabels.length === 1 ? '' : 's'} ×{' '}
        {result.items.length} text{result.items.length === 1 ? '' : 's'} = {batching.pairs} pairs in{' '}
        {batching.passes} forward pass{batching.passes === 1 ? '' : 'es'} of at most {batching.maxRows} rows
        (transformers.js runs one pair per pass). Input limit {result.limit.tokens} tokens (
        {result.limit.source}). Load {formatMs(result.loadMs)}, classify {formatMs(result.classifyMs)}
        {runtime ? `, on ${runtime.device} in ${runtime.dtype}` : ''}.
      </p>
      {result.notes.length > 0 && (
        <ul data-testid="zeroshot-notes" className="list-inside list-disc text-amber-950">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {result.skippedLines.length > 0 && (
        <p data-testid="zeroshot-skipped" data-value={JSON.stringify(result.skippedLines)}>
          Blank line{result.skippedLines.length === 1 ? '' : 's'} skipped:{' '}
          {result.skippedLines.map((l) => l + 1).join(', ')}.
        </p>
      )}
    </div>
  );
}
