import { useId, useState } from 'react';
import type { InputLimit } from '../../shared/input-limit.ts';
import type { ZeroShotPair } from '../../shared/protocol/index.ts';
import { visibleToken } from './format.ts';

/** Runs of equal token type: the premise (type 0) and the hypothesis (type 1). */
function segments(
  tokens: string[],
  typeIds: number[] | null,
): Array<{ type: number | null; start: number; tokens: string[] }> {
  if (typeIds === null) return [{ type: null, start: 0, tokens }];
  const out: Array<{ type: number | null; start: number; tokens: string[] }> = [];
  tokens.forEach((token, i) => {
    const type = typeIds[i] ?? 0;
    const last = out.at(-1);
    if (last && last.type === type) last.tokens.push(token);
    else out.push({ type, start: i, tokens: [token] });
  });
  return out;
}

const SEGMENT_NAME = (type: number | null) =>
  type === null
    ? 'Premise and hypothesis'
    : type === 0
      ? 'Premise (token type 0)'
      : `Hypothesis (token type ${type})`;

/** One pair's tokens as the model saw them, the hypothesis part marked by its token type ids. */
function PairTokenChips({ pair, limit }: { pair: ZeroShotPair; limit: InputLimit | null }) {
  return (
    <div className="space-y-1" data-testid="zeroshot-pair-tokens" data-label={pair.label}>
      {pair.truncated > 0 && (
        <p className="text-xs font-semibold text-amber-900" data-testid="zeroshot-truncated">
          <span aria-hidden="true">✂ </span>
          {pair.truncated} premise token{pair.truncated === 1 ? '' : 's'} cut to fit
          {limit ? ` the model’s ${limit.tokens} tokens (${limit.source})` : ' the input limit'} — only_first:
          the hypothesis is kept whole.
        </p>
      )}
      {pair.typeIds === null && (
        <p className="text-xs text-slate-600">
          This tokenizer returns no token_type_ids: the [SEP] tokens alone separate premise and hypothesis.
        </p>
      )}
      {segments(pair.tokens, pair.typeIds).map((seg) => (
        <div key={seg.start}>
          <p className="text-xs font-semibold">{SEGMENT_NAME(seg.type)}</p>
          <ul className="flex max-h-40 flex-wrap gap-0.5 overflow-auto font-mono text-xs">
            {seg.tokens.map((token, i) => (
              <li
                key={seg.start + i}
                data-testid="zeroshot-token"
                data-type-id={seg.type ?? undefined}
                className={`rounded border px-1 ${seg.type === 1 ? 'border-sky-500 bg-sky-50 underline decoration-sky-600' : 'border-slate-300 bg-white'}`}
                title={`position ${seg.start + i}${seg.type === null ? '' : `, type ${seg.type}`}`}
              >
                {visibleToken(token)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The tokens of one pair at a time (a long premise is hundreds of tokens per label). */
export function PairTokens({ pairs, limit }: { pairs: ZeroShotPair[]; limit: InputLimit | null }) {
  const [index, setIndex] = useState(0);
  const id = useId();
  const pair = pairs[index] ?? pairs[0];
  if (!pair) return null;
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2 text-sm">
        <label htmlFor={id}>Tokens of the pair for</label>
        <select
          id={id}
          className="rounded border border-slate-300 bg-white px-1 py-0.5"
          value={index}
          onChange={(e) => setIndex(Number(e.target.value))}
        >
          {pairs.map((p, i) => (
            <option key={p.label} value={i}>
              {p.label}
            </option>
          ))}
        </select>
        <span className="text-xs text-slate-600">{pair.tokens.length} tokens</span>
      </div>
      <PairTokenChips pair={pair} limit={limit} />
    </div>
  );
}
