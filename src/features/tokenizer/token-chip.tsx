import { readablePiece } from '../../shared/tokenization/display.ts';
import type { PieceStyle, PositionKind, Span } from '../../shared/tokenization/types.ts';

export interface ChipFocus {
  row: number;
  segment: 0 | 1;
  span: Span;
}

const STYLE: Record<string, string> = {
  text: 'border-slate-300 bg-white',
  bytes: 'border-dashed border-violet-500 bg-violet-50',
  special: 'border-sky-700 bg-sky-100 font-semibold',
  padding: 'border-slate-300 bg-slate-100 text-slate-500 italic',
  cut: 'border-red-400 bg-red-50 text-red-900 line-through',
};

interface Props {
  token: string;
  id: number;
  kind: PositionKind | 'cut';
  pieces: PieceStyle;
  position: number;
  /** Alternating tint so neighbouring tokens are told apart (shape and border differ by kind too). */
  odd: boolean;
  focus: ChipFocus | null;
  onFocusSpan(focus: ChipFocus | null): void;
}

/** One token: a readable piece, its id and kind on hover/focus; it points at its span of the text. */
export function TokenChip({ token, id, kind, pieces, position, odd, focus, onFocusSpan }: Props) {
  const piece = readablePiece(token, kind === 'cut' ? 'text' : kind, pieces);
  const style = kind === 'cut' ? 'cut' : piece.kind;
  const label = `${kind === 'cut' ? 'cut by truncation: ' : ''}${piece.title} · id ${id} · position ${position}`;
  return (
    <button
      type="button"
      data-testid={kind === 'cut' ? 'cut-chip' : 'token-chip'}
      data-token-id={id}
      data-kind={kind}
      title={label}
      aria-label={label}
      onFocus={() => onFocusSpan(focus)}
      onMouseEnter={() => onFocusSpan(focus)}
      className={`inline-flex items-baseline gap-0.5 rounded border px-1 font-mono text-xs whitespace-pre ${STYLE[style]} ${odd && style === 'text' ? 'bg-amber-50' : ''}`}
    >
      {piece.text}
      <sub className="text-[0.65rem] text-slate-500">{id}</sub>
    </button>
  );
}
