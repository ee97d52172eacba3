import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { HubModelRow } from '../../shared/protocol/index.ts';
import { ResultRow } from './result-row.tsx';
import { resultsValue } from './row-format.ts';

interface Props {
  rows: readonly HubModelRow[];
  openId: string | null;
  onOpen(id: string): void;
  /** More rows can be asked for now (the listing has more, and no search runs). */
  canLoadMore: boolean;
  onLoadMore(): void;
}

/** Rows from the end at which the next rows are asked for. */
const NEAR_END = 5;
const ROW_ESTIMATE_PX = 72;

/**
 * The loaded rows, virtualised (only those in view are in the DOM); `data-value` holds them all.
 * Arrow keys, Home and End move between rows, which scrolls the ones out of view in.
 */
export function ResultsList({ rows, openId, onOpen, canLoadMore, onLoadMore }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [now] = useState(() => Date.now());
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 5,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (canLoadMore && rows.length > 0 && lastIndex >= rows.length - NEAR_END) onLoadMore();
  }, [canLoadMore, lastIndex, onLoadMore, rows.length]);

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    virtualizer.scrollToIndex(target);
    // The row may only be rendered after the scroll: focus it on the next frame.
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${target}"] button`)?.focus(),
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const item = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('[data-index]') : null;
    const current = Number(item?.dataset.index ?? Number.NaN);
    if (Number.isNaN(current)) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    focusRow(next);
  };

  return (
    <div
      ref={scroller}
      data-testid="hub-results"
      data-value={JSON.stringify(resultsValue(rows))}
      className="max-h-[32rem] overflow-auto rounded border border-slate-200 bg-slate-50 p-1"
      onKeyDown={onKeyDown}
    >
      <div
        role="list"
        aria-label="Models found"
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={rows.length}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="absolute left-0 top-0 w-full pb-1"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ResultRow row={row} now={now} open={row.id === openId} onOpen={onOpen} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
