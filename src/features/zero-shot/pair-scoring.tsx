import type { ZeroShotItem } from '../../shared/protocol/index.ts';
import { fmtLogit, fmtScore } from './format.ts';
import { idsNote, scoringReason, scoringRows, type ScoringContext } from './scoring-steps.ts';

interface Props {
  item: ZeroShotItem;
  /** From the result: known once the run ends. */
  ctx: ScoringContext | null;
}

/** Each (premise, hypothesis) pair's NLI logits, the ones the scores read marked in words. */
function PairsTable({ item, ctx }: Props) {
  const width = item.pairs[0]?.logits.length ?? 0;
  const names = Array.from({ length: width }, (_, i) => ctx?.nliLabels[i] ?? `logit ${i}`);
  const readIds = new Set(
    ctx ? (ctx.scoring === 'per-label' ? [ctx.contradictionId, ctx.entailmentId] : [ctx.entailmentId]) : [],
  );
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs" data-testid="zeroshot-pairs">
        <caption className="sr-only">NLI logits of each pair, in the model’s label order</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="pr-2">
              Label
            </th>
            <th scope="col" className="pr-2">
              Hypothesis
            </th>
            {names.map((name, i) => (
              <th scope="col" key={i} className={`pr-2 text-right ${readIds.has(i) ? 'bg-sky-50' : ''}`}>
                {name} <span className="font-normal text-slate-600">(id {i})</span>
                {readIds.has(i) && <span className="block font-normal">read</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {item.pairs.map((pair) => (
            <tr key={pair.label} className="border-b border-slate-100 align-top" data-testid="zeroshot-pair">
              <th scope="row" className="whitespace-pre-wrap pr-2 font-medium">
                {pair.label}
              </th>
              <td className="whitespace-pre-wrap pr-2 font-mono" data-testid="zeroshot-hypothesis">
                {pair.hypothesis}
                {pair.truncated > 0 && (
                  <span className="ml-1 text-amber-900">(premise cut ✂ {pair.truncated})</span>
                )}
              </td>
              {pair.logits.map((x, i) => (
                <td
                  key={i}
                  className={`pr-2 text-right font-mono tabular-nums ${readIds.has(i) ? 'bg-sky-50 font-semibold' : ''}`}
                >
                  {fmtLogit(x)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How the reported scores come from the marked logits, step by step. */
function Derivation({ item, ctx }: { item: ZeroShotItem; ctx: ScoringContext }) {
  const rows = scoringRows(item, ctx);
  const note = idsNote(ctx);
  const entName = ctx.nliLabels[ctx.entailmentId] ?? `id ${ctx.entailmentId}`;
  return (
    <div className="space-y-1 text-xs" data-testid="zeroshot-derivation" data-scoring={ctx.scoring}>
      <p>{note.entailment}</p>
      <p>{note.contradiction}</p>
      {ctx.scoring === 'across-labels' ? (
        <>
          <p className="font-semibold">
            softmax across the labels of their “{entName}” logits → scores (sum 1)
          </p>
          <ul className="font-mono">
            {rows.map((r) => (
              <li key={r.label}>
                <span className="whitespace-pre-wrap font-sans">{r.label}</span>: {fmtLogit(r.entailment)} →{' '}
                {fmtScore(r.score)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="font-semibold">
            For each label: softmax([contradiction, entailment]) = [p(contradiction), p(entailment)]; the
            score is p(entailment)
          </p>
          <ul className="font-mono">
            {rows.map((r) => (
              <li key={r.label}>
                <span className="whitespace-pre-wrap font-sans">{r.label}</span>: softmax([
                {fmtLogit(r.contradiction)}, {fmtLogit(r.entailment)}]) = [{fmtScore(1 - r.score)},{' '}
                {fmtScore(r.score)}] → {fmtScore(r.score)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The pairs actually run for one text, their logits, and how the scores come from them. */
export function PairScoring({ item, ctx, multiLabel }: Props & { multiLabel: boolean }) {
  return (
    <div className="space-y-2">
      <PairsTable item={item} ctx={ctx} />
      {ctx ? (
        <>
          <p className="text-xs">{scoringReason(ctx.scoring, multiLabel, item.pairs.length)}</p>
          <Derivation item={item} ctx={ctx} />
        </>
      ) : (
        <p className="text-xs text-slate-600">
          Which logits the scores read is shown when the run ends (the worker names the ids then).
        </p>
      )}
    </div>
  );
}
