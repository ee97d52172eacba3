import type { HubModelRow } from '../../shared/protocol/index.ts';
import {
  exactTime,
  formatCount,
  formatExactCount,
  gatedLabel,
  licenseGroupLabel,
  licenseLabel,
  relativeTime,
  taskLabel,
} from './row-format.ts';

interface Props {
  row: HubModelRow;
  /** Now, for "3 days ago" (one clock for the whole list). */
  now: number;
  open: boolean;
  onOpen(id: string): void;
}

/** One model of the results: a button that opens its detail. Every value is text from the Hub. */
export function ResultRow({ row, now, open, onOpen }: Props) {
  const gated = gatedLabel(row.gated);
  const group = licenseGroupLabel(row.license);
  return (
    <button
      type="button"
      data-testid="hub-result"
      data-model-id={row.id}
      aria-current={open ? 'true' : undefined}
      onClick={() => onOpen(row.id)}
      className={`block w-full rounded border px-3 py-2 text-left text-sm focus-visible:ring-2 focus-visible:ring-sky-600 ${open ? 'border-sky-700 bg-sky-50' : 'border-slate-200 bg-white hover:bg-slate-50'}`}
    >
      <span className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-mono font-semibold break-all">{row.id}</span>
        {open && <span className="text-xs font-semibold text-sky-900">▶ open</span>}
      </span>
      <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
        <span>{taskLabel(row.pipeline_tag)}</span>
        <span title={`${formatExactCount(row.downloads)} downloads`}>
          <span aria-hidden="true">⬇ </span>
          {formatCount(row.downloads)} downloads
        </span>
        <span title={`${formatExactCount(row.likes)} likes`}>
          <span aria-hidden="true">♥ </span>
          {formatCount(row.likes)} likes
        </span>
        <span title={exactTime(row.lastModified)}>updated {relativeTime(row.lastModified, now)}</span>
        <span title={group ?? undefined}>{licenseLabel(row.license)}</span>
        {row.browserReady ? (
          <span className="font-medium text-emerald-900">
            <span aria-hidden="true">✓ </span>Runs in this browser
          </span>
        ) : (
          <span className="text-slate-600">Not tagged for transformers.js</span>
        )}
        {gated && (
          <span className="font-medium text-amber-900" title={gated}>
            <span aria-hidden="true">🔒 </span>Gated
          </span>
        )}
      </span>
    </button>
  );
}
