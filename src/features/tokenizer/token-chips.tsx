import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CutTokens, EncodedRow, PieceStyle } from '../../shared/tokenization/types.ts';
import { TokenChip, type ChipFocus } from './token-chip.tsx';

const PER_LINE = 16;

interface Props {
  row: EncodedRow;
  rowIndex: number;
  pieces: PieceStyle;
  onFocusSpan(focus: ChipFocus | null): void;
}

/**
 * The row's tokens as chips, then the tokens truncation cut (struck through). Lines of chips are
 * virtualised: a 100,000-character article has tens of thousands of tokens.
 */
export function TokenChips({ row, rowIndex, pieces, onFocusSpan }: Props) {
  const parent = useRef<HTMLDivElement>(null);
  const cutParts: Array<{ part: CutTokens; segment: 0 | 1 }> = [{ part: row.cut.first, segment: 0 }];
  if (row.cut.second) cutParts.push({ part: row.cut.second, segment: 1 });
  const cut = cutParts.flatMap(({ part, segment }) => part.ids.map((id, i) => ({ id, i, part, segment })));
  const total = row.input_ids.length + cut.length;
  const lines = Math.ceil(total / PER_LINE);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtual = useVirtualizer({
    count: lines,
    getScrollElement: () => parent.current,
    estimateSize: () => 30,
    overscan: 6,
  });

  const chip = (position: number) => {
    if (position < row.input_ids.length) {
      const span = row.spans[position] ?? null;
      const segment = row.segments[position] ?? null;
      return (
        <TokenChip
          key={position}
          token={row.tokens[position] ?? ''}
          id={row.input_ids[position] ?? 0}
          kind={row.kinds[position] ?? 'text'}
          pieces={pieces}
          position={position}
          odd={position % 2 === 1}
          focus={span && segment !== null ? { row: rowIndex, segment, span } : null}
          onFocusSpan={onFocusSpan}
        />
      );
    }
    const c = cut[position - row.input_ids.length];
    if (!c) return null;
    const span = c.part.spans[c.i] ?? null;
    return (
      <TokenChip
        key={position}
        token={c.part.tokens[c.i] ?? ''}
        id={c.id}
        kind="cut"
        pieces={pieces}
        position={position}
        odd={false}
        focus={span ? { row: rowIndex, segment: c.segment, span } : null}
        onFocusSpan={onFocusSpan}
      />
    );
  };

  return (
    <div
      ref={parent}
      className="max-h-72 overflow-auto rounded border border-slate-200 bg-slate-50 p-1"
      aria-label={`Tokens of sequence ${rowIndex}`}
    >
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((line) => (
          <div
            key={line.key}
            data-index={line.index}
            ref={virtual.measureElement}
            className="absolute left-0 flex w-full flex-wrap gap-1 py-0.5"
            style={{ transform: `translateY(${line.start}px)` }}
          >
            {Array.from({ length: PER_LINE }, (_, k) => line.index * PER_LINE + k)
              .filter((p) => p < total)
              .map(chip)}
          </div>
        ))}
      </div>
    </div>
  );
}
