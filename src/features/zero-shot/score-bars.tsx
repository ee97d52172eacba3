import { fmtScore } from './format.ts';

/** Labels best first, each with a bar and its score as a number (the bar is never the only sign). */
export function ScoreBars({ labels, scores }: { labels: string[]; scores: number[] }) {
  return (
    <ol className="space-y-1" aria-label="Scores, best first">
      {labels.map((label, i) => {
        const score = scores[i] ?? Number.NaN;
        return (
          <li
            key={label}
            data-testid="zeroshot-score"
            data-label={label}
            className="grid grid-cols-[minmax(0,10rem)_1fr_4.5rem] items-center gap-2 text-sm"
          >
            <span className="truncate whitespace-pre" title={label}>
              {i === 0 && <span className="sr-only">Best: </span>}
              {label}
            </span>
            <span className="h-3 rounded bg-slate-200" aria-hidden="true">
              <span
                className={`block h-3 rounded ${i === 0 ? 'bg-sky-700' : 'bg-sky-400'}`}
                style={{ width: `${Math.max(0, Math.min(1, score)) * 100}%` }}
              />
            </span>
            <span className="text-right font-mono tabular-nums">{fmtScore(score)}</span>
          </li>
        );
      })}
    </ol>
  );
}
