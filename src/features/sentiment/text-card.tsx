import { memo, useMemo } from 'react';
import { LabelScores, labelScoresHeight } from '../../components/classification/label-scores.tsx';
import { ClassifiedTokens, TruncationFlag } from '../../components/classification/token-chips.tsx';
import type { Activation, ClassifiedText } from '../../shared/protocol/index.ts';

/**
 * A card's parts have fixed heights (px), so the virtualised list knows each card's height
 * without measuring it: measuring forced a layout per card while a batch streamed in.
 */
const CARD = { border: 1, padding: 8, gap: 4, header: 16, text: 40, tokens: 48 };

/** The height of a card for a model with `labelCount` labels, border and padding included. */
export function cardHeight(labelCount: number): number {
  const inner = CARD.header + CARD.text + labelScoresHeight(labelCount) + CARD.tokens + 3 * CARD.gap;
  return inner + 2 * (CARD.padding + CARD.border);
}

interface Props {
  item: ClassifiedText;
  /** The model's labels in id order (the logits' order); null while not known. */
  labels: readonly string[] | null;
  activation: Activation | null;
  limit: number | null;
}

/** One text: every label's score and logit, and the tokens the model saw. */
export const TextCard = memo(function TextCard({ item, labels, activation, limit }: Props) {
  const line = item.line + 1;
  const logitOf = useMemo(() => {
    if (!labels) return undefined;
    const byLabel = new Map(labels.map((label, i) => [label, item.logits[i]]));
    return (label: string) => byLabel.get(label);
  }, [labels, item.logits]);
  return (
    <article
      data-testid="sentiment-item"
      data-line={line}
      aria-label={`Line ${line}`}
      className="flex flex-col overflow-hidden rounded border border-slate-200 bg-white"
      style={{ height: cardHeight(item.labels.length), padding: CARD.padding, gap: CARD.gap }}
    >
      <p className="flex shrink-0 gap-3 truncate text-xs" style={{ height: CARD.header }}>
        <span className="font-mono text-slate-600">line {line}</span>
        <span className="text-slate-600">{item.tokens.length} tokens</span>
        <TruncationFlag truncated={item.truncated} limit={limit} />
        {activation && <span className="text-slate-600">scores = {activation}(logits)</span>}
      </p>
      <p
        className="shrink-0 overflow-auto text-sm whitespace-pre-wrap [overflow-wrap:anywhere]"
        style={{ height: CARD.text }}
        dir="auto"
      >
        {item.text}
      </p>
      <LabelScores labels={item.labels} logitOf={logitOf} caption={`Scores of line ${line}`} />
      <ClassifiedTokens
        tokens={item.tokens}
        ids={item.ids}
        caption={`Tokens of line ${line}`}
        height={CARD.tokens}
      />
    </article>
  );
});
