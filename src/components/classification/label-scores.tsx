import type { LabelScore } from '../../shared/protocol/index.ts';
import { barPercent, formatLogit, formatScore } from './score-format.ts';

/** Rows are this tall, this far apart (px): a list of known height, for virtualised cards. */
export const LABEL_ROW_PX = 16;
export const LABEL_GAP_PX = 2;

export function labelScoresHeight(count: number): number {
  return count * LABEL_ROW_PX + Math.max(0, count - 1) * LABEL_GAP_PX;
}

interface Props {
  /** Best first, as the worker sends them. */
  labels: readonly LabelScore[];
  /** Each label's logit, when the label order is known. */
  logitOf?: ((label: string) => number | undefined) | undefined;
  /** What the bars are, for screen readers ("Scores of line 3"). */
  caption: string;
}

/**
 * Every label with its score as a bar and the number beside it (and its logit): the numbers
 * and the label's name carry the meaning, never the bar's colour alone. The top label is also
 * bold and marked. Rows have a fixed height (`labelScoresHeight`).
 */
export function LabelScores({ labels, logitOf, caption }: Props) {
  return (
    <ul aria-label={caption} className="flex flex-col text-xs" style={{ gap: LABEL_GAP_PX }}>
      {labels.map(({ label, score }, i) => {
        const logit = logitOf?.(label);
        return (
          <li
            key={label}
            data-testid="label-score"
            data-label={label}
            data-score={score}
            className="grid grid-cols-[minmax(5rem,10rem)_1fr_3.5rem_6.5rem] items-center gap-2 overflow-hidden"
            style={{ height: LABEL_ROW_PX }}
          >
            <span className={`truncate ${i === 0 ? 'font-semibold' : ''}`} title={label}>
              {i === 0 && <span aria-hidden="true">▸ </span>}
              {label}
              {i === 0 && <span className="sr-only"> (top label)</span>}
            </span>
            <div
              role="meter"
              aria-label={`${label} ${formatScore(score)}`}
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={score}
              className="h-2.5 overflow-hidden rounded-sm bg-slate-200"
              title={String(score)}
            >
              <div
                className={`h-full ${i === 0 ? 'bg-sky-700' : 'bg-slate-500'}`}
                style={{ width: `${barPercent(score)}%` }}
              />
            </div>
            <span className="text-right font-mono tabular-nums" aria-hidden="true">
              {formatScore(score)}
            </span>
            <span
              className="truncate font-mono text-slate-600 tabular-nums"
              title={logit === undefined ? undefined : String(logit)}
            >
              {logit === undefined ? '' : `logit ${formatLogit(logit)}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
