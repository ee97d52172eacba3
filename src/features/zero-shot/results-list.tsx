import { useState } from 'react';
import type { InputLimit } from '../../shared/input-limit.ts';
import type { ZeroShotItem } from '../../shared/protocol/index.ts';
import type { ScoringContext } from './scoring-steps.ts';
import { ZeroShotItemBlock } from './zero-shot-item.tsx';

/** Texts per page: a batch of 1,000 lines renders 25 blocks, not 1,000. */
export const PAGE_SIZE = 25;

interface Props {
  items: ZeroShotItem[];
  multiLabel: boolean;
  ctx: ScoringContext | null;
  limit: InputLimit | null;
  batch: boolean;
}

/** Every text's block, a page at a time. */
export function ResultsList({ items, multiLabel, ctx, limit, batch }: Props) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const start = current * PAGE_SIZE;
  const shown = items.slice(start, start + PAGE_SIZE);
  return (
    <div className="space-y-3">
      {pages > 1 && (
        <nav aria-label="Result pages" className="flex items-center gap-2 text-sm">
          <button
            type="button"
            data-testid="zeroshot-prev-page"
            className="rounded border border-slate-300 bg-white px-2 py-1 disabled:opacity-40"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            Previous
          </button>
          <span data-testid="zeroshot-page" aria-live="polite">
            Texts {start + 1}–{start + shown.length} of {items.length}
          </span>
          <button
            type="button"
            data-testid="zeroshot-next-page"
            className="rounded border border-slate-300 bg-white px-2 py-1 disabled:opacity-40"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            Next
          </button>
        </nav>
      )}
      {shown.map((item, i) => (
        <ZeroShotItemBlock
          key={item.line}
          item={item}
          multiLabel={multiLabel}
          ctx={ctx}
          limit={limit}
          numbered={batch}
          open={start + i === 0}
        />
      ))}
    </div>
  );
}
