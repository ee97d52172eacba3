import { memo } from 'react';
import { showInvisibles } from '../../shared/tokenization/display.ts';
import { looksSpecial } from './score-format.ts';

interface Props {
  tokens: readonly string[];
  ids: readonly number[];
  /** What the tokens belong to, for screen readers ("Tokens of line 3"). */
  caption: string;
  /** The box's height in px; it scrolls, so a 512-token text stays one card. */
  height: number;
}

/**
 * The tokens the model saw, as chips: the token string as the tokenizer wrote it (spaces and
 * newlines shown), its id below, special tokens framed. Chips are plain text: a model's
 * vocabulary is untrusted input too.
 */
export const ClassifiedTokens = memo(function ClassifiedTokens({ tokens, ids, caption, height }: Props) {
  return (
    <ol
      aria-label={caption}
      tabIndex={0}
      className="flex flex-wrap content-start gap-1 overflow-auto rounded border border-slate-200 bg-slate-50 p-1"
      style={{ height }}
    >
      {tokens.map((token, i) => {
        const special = looksSpecial(token);
        const id = ids[i];
        return (
          <li
            key={i}
            data-testid="token-chip"
            data-token-id={id}
            title={`${JSON.stringify(token)} · id ${id ?? '?'} · position ${i}${special ? ' · special token' : ''}`}
            className={`inline-flex items-baseline gap-0.5 rounded border px-1 font-mono text-xs whitespace-pre ${
              special ? 'border-sky-700 bg-sky-100 font-semibold' : 'border-slate-300 bg-white'
            }`}
          >
            {showInvisibles(token)}
            <sub className="text-[0.65rem] text-slate-500">{id}</sub>
          </li>
        );
      })}
    </ol>
  );
});

/** Says how many content tokens truncation cut, against the model's limit when known. */
export function TruncationFlag({ truncated, limit }: { truncated: number; limit: number | null }) {
  if (truncated <= 0) return null;
  return (
    <span data-testid="truncation-flag" className="font-semibold text-red-800">
      {truncated} token{truncated === 1 ? '' : 's'} cut{limit === null ? '' : ` (limit ${limit})`}
    </span>
  );
}
