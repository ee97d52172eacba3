import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ClassifiedText } from '../../shared/protocol/index.ts';
import type { BatchMeta } from './batch-results.ts';
import { cardHeight, TextCard } from './text-card.tsx';

/** Space around each card in the list (px). */
const CARD_MARGIN = 4;

interface Props {
  items: readonly ClassifiedText[];
  meta: BatchMeta;
  /** A line the table asked to show (`at` tells two asks for the same line apart). */
  shown: { line: number; at: number } | null;
}

/**
 * Each text in detail: scores, logits and tokens. Cards are virtualised, and of a height known
 * in advance (no measuring): a thousand cards of token chips at once would hold the page for
 * seconds.
 */
export function TextDetails({ items, meta, shown }: Props) {
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: (index) => cardHeight(items[index]?.labels.length ?? 0) + 2 * CARD_MARGIN,
    overscan: 2,
    getItemKey: (index) => items[index]?.line ?? index,
  });
  useEffect(() => {
    if (!shown) return;
    const index = items.findIndex((i) => i.line === shown.line);
    if (index >= 0) virtual.scrollToIndex(index, { align: 'start' });
    // Only a new ask scrolls; new items streaming in do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">Each text: scores, logits and tokens</h3>
      <div
        ref={parent}
        data-testid="sentiment-details"
        className="max-h-[32rem] overflow-auto rounded border border-slate-200 bg-slate-50"
        tabIndex={0}
        role="region"
        aria-label="Each text in detail"
      >
        <ol style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            return (
              <li
                key={v.key}
                className="absolute left-0 w-full"
                style={{ transform: `translateY(${v.start}px)`, height: v.size, padding: CARD_MARGIN }}
              >
                <TextCard item={item} labels={meta.labels} activation={meta.activation} limit={meta.limit} />
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
