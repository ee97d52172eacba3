import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { barPercent, formatScore } from '../../components/classification/score-format.ts';
import type { ClassifiedText } from '../../shared/protocol/index.ts';
import { DEFAULT_SORT, nextSort, sortItems, topOf, type SortKey, type SortOrder } from './batch-results.ts';

const ROW_PX = 28;

const COLUMNS: Array<{ key: SortKey; label: string; className: string }> = [
  { key: 'line', label: 'Line', className: 'w-14' },
  { key: 'text', label: 'Text', className: '' },
  { key: 'label', label: 'Top label', className: 'w-24 sm:w-36' },
  { key: 'score', label: 'Score', className: 'w-24 sm:w-36' },
];

const Row = memo(function Row({ item, onShow }: { item: ClassifiedText; onShow(line: number): void }) {
  const top = topOf(item);
  return (
    <tr
      data-testid="sentiment-row"
      data-line={item.line + 1}
      className="border-t border-slate-100"
      style={{ height: ROW_PX }}
    >
      <td className="pr-2 tabular-nums">
        <button
          type="button"
          className="rounded px-1 underline decoration-dotted"
          onClick={() => onShow(item.line)}
          aria-label={`Show line ${item.line + 1} in detail`}
        >
          {item.line + 1}
        </button>
      </td>
      <td className="max-w-0 truncate pr-2" title={item.text}>
        {item.text}
      </td>
      <td className="truncate pr-2 font-semibold" title={top.label}>
        {top.label}
      </td>
      <td className="whitespace-nowrap font-mono tabular-nums">
        <span
          className="mr-1 inline-block h-2 w-8 overflow-hidden rounded-sm bg-slate-200 align-middle sm:w-16"
          aria-hidden="true"
        >
          <span className="block h-full bg-sky-700" style={{ width: `${barPercent(top.score)}%` }} />
        </span>
        {formatScore(top.score)}
      </td>
    </tr>
  );
});

/**
 * Every text's top label and score, sortable by any column (header buttons, `aria-sort`). Rows
 * are virtualised with spacer rows (table semantics kept): a batch has a thousand lines, and
 * laying them all out on each streamed update would hold the page.
 */
export function ResultsTable({
  items,
  onShow,
}: {
  items: readonly ClassifiedText[];
  onShow(line: number): void;
}) {
  const parent = useRef<HTMLDivElement>(null);
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT);
  const rows = useMemo(() => sortItems(items, order), [items, order]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_PX,
    overscan: 6,
  });
  const visible = virtual.getVirtualItems();
  const before = visible[0]?.start ?? 0;
  const after = virtual.getTotalSize() - (visible.at(-1)?.end ?? 0);
  return (
    <div
      ref={parent}
      className="max-h-80 overflow-auto rounded border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label="Results table"
    >
      <table data-testid="sentiment-table" className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">Top label and score of each text; sort with the column buttons</caption>
        <thead className="sticky top-0 z-10 bg-slate-100">
          <tr>
            {COLUMNS.map((c) => {
              const sorted = order.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={`px-1 py-1 ${c.className}`}
                  aria-sort={sorted ? order.direction : 'none'}
                >
                  <button
                    type="button"
                    data-testid={`sort-${c.key}`}
                    className="flex w-full items-center gap-1 rounded px-1 text-left font-semibold"
                    onClick={() => setOrder(nextSort(order, c.key))}
                  >
                    {c.label}
                    <span aria-hidden="true" className="text-xs text-slate-600">
                      {sorted ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {visible.map((v) => {
            const item = rows[v.index];
            return item ? <Row key={item.line} item={item} onShow={onShow} /> : null;
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
