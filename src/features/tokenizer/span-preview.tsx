import type { ChipFocus } from './token-chip.tsx';

const CONTEXT = 80;

/** The piece of the original text a focused token came from, highlighted in context. */
export function SpanPreview({
  focus,
  texts,
  pairs,
}: {
  focus: ChipFocus | null;
  texts: string[];
  pairs: string[] | null;
}) {
  if (!focus) {
    return (
      <p className="text-xs text-slate-600">Hover or focus a token to see where it comes from in the text.</p>
    );
  }
  const source = (focus.segment === 0 ? texts[focus.row] : pairs?.[focus.row]) ?? '';
  const [start, end] = focus.span;
  const before = source.slice(Math.max(0, start - CONTEXT), start);
  return (
    <p
      className="font-mono text-xs break-words whitespace-pre-wrap"
      dir="auto"
      data-testid="span-preview"
      data-value={JSON.stringify({ row: focus.row, segment: focus.segment, start, end })}
    >
      <span className="text-slate-500">
        sequence {focus.row}
        {focus.segment === 1 ? ' (pair)' : ''}, characters {start}–{end}:{' '}
      </span>
      {start > CONTEXT && '…'}
      {before}
      <mark className="rounded bg-yellow-200 underline decoration-2">{source.slice(start, end)}</mark>
      {source.slice(end, end + CONTEXT)}
      {end + CONTEXT < source.length && '…'}
    </p>
  );
}
