import type { ReactNode } from 'react';
import { formatMs } from '../../shared/format.ts';

export type StageState = 'waiting' | 'running' | 'done';

interface Props {
  index: number;
  title: string;
  state: StageState;
  ms?: number | null;
  testId: string;
  children?: ReactNode;
}

const MARK: Record<StageState, string> = { waiting: '○', running: '◐', done: '●' };

/** One stage of the pipeline: number, name, state (as text and mark, not colour alone), time. */
export function StageCard({ index, title, state, ms, testId, children }: Props) {
  return (
    <li
      data-testid={testId}
      data-state={state}
      className={`rounded border bg-white p-3 text-sm ${state === 'running' ? 'border-sky-500' : 'border-slate-200'}`}
    >
      <h3 className="flex items-baseline gap-2 font-semibold">
        <span aria-hidden="true" className="text-sky-700">
          {MARK[state]}
        </span>
        <span>
          {index}. {title}
        </span>
        <span className="sr-only">({state})</span>
        {ms != null && (
          <span className="ml-auto text-xs font-normal tabular-nums text-slate-600">{formatMs(ms)}</span>
        )}
      </h3>
      {children && <div className="mt-2">{children}</div>}
    </li>
  );
}
