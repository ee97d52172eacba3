import { memo, useState } from 'react';
import type { InputLimit } from '../../shared/input-limit.ts';
import type { ZeroShotItem } from '../../shared/protocol/index.ts';
import { PairScoring } from './pair-scoring.tsx';
import { PairTokens } from './pair-tokens.tsx';
import { zeroShotValue } from './result-value.ts';
import { ScoreBars } from './score-bars.tsx';
import type { ScoringContext } from './scoring-steps.ts';

interface Props {
  item: ZeroShotItem;
  multiLabel: boolean;
  ctx: ScoringContext | null;
  limit: InputLimit | null;
  /** Show the line number (a batch). */
  numbered: boolean;
  /** The glass box starts open (the first text). */
  open: boolean;
}

/**
 * One text's result: its labels best first, and (when opened: it is built only then, a batch has
 * hundreds) the pairs run, their logits and tokens, and how the scores come from them.
 */
export const ZeroShotItemBlock = memo(function ZeroShotItemBlock({
  item,
  multiLabel,
  ctx,
  limit,
  numbered,
  open,
}: Props) {
  const [shown, setShown] = useState(open);
  return (
    <article
      data-testid="zeroshot-item"
      data-line={item.line}
      data-value={JSON.stringify(zeroShotValue(item, multiLabel))}
      className="space-y-2 rounded border border-slate-200 bg-white p-3"
      aria-label={numbered ? `Line ${item.line + 1}` : 'Result'}
    >
      <p className="whitespace-pre-wrap break-words font-serif text-sm" dir="auto">
        {numbered && <span className="mr-2 font-sans text-xs text-slate-600">Line {item.line + 1}</span>}
        {item.sequence}
      </p>
      <ScoreBars labels={item.labels} scores={item.scores} />
      <details open={open} onToggle={(e) => setShown(e.currentTarget.open)} className="text-sm">
        <summary className="cursor-pointer font-medium">
          Glass box: the {item.pairs.length} (premise, hypothesis) pair{item.pairs.length === 1 ? '' : 's'}{' '}
          run
        </summary>
        {shown && (
          <div className="mt-2 space-y-3">
            <PairScoring item={item} ctx={ctx} multiLabel={multiLabel} />
            <PairTokens pairs={item.pairs} limit={limit} />
          </div>
        )}
      </details>
    </article>
  );
});
