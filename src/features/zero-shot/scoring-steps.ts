/**
 * How one text's scores come from its pairs' NLI logits, as rows to show: the logits the scores
 * read (by the result's entailment and contradiction ids) beside the scores the worker reported.
 * Nothing here scores anything: the numbers are the worker's (src/shared/classification).
 */
import type { ZeroShotItem, ZeroShotResult, ZeroShotScoring } from '../../shared/protocol/index.ts';

export type ScoringContext = Pick<
  ZeroShotResult,
  'scoring' | 'nliLabels' | 'entailmentId' | 'contradictionId'
>;

export interface ScoringRow {
  label: string;
  entailment: number;
  /** Read only by per-label scoring. */
  contradiction: number;
  /** The reported score: p(entailment), of the softmax across labels or of the label's own. */
  score: number;
}

/** Rows in candidate-label order (the pairs' order). */
export function scoringRows(item: ZeroShotItem, ctx: ScoringContext): ScoringRow[] {
  const scoreOf = new Map(item.labels.map((label, i) => [label, item.scores[i] ?? Number.NaN]));
  return item.pairs.map((pair) => ({
    label: pair.label,
    entailment: pair.logits[ctx.entailmentId] ?? Number.NaN,
    contradiction: pair.logits[ctx.contradictionId] ?? Number.NaN,
    score: scoreOf.get(pair.label) ?? Number.NaN,
  }));
}

/** Why this scoring, in Python's terms. */
export function scoringReason(scoring: ZeroShotScoring, multiLabel: boolean, labelCount: number): string {
  if (scoring === 'across-labels')
    return `multi_label=False with ${labelCount} labels: the labels compete. One softmax runs across the pairs’ entailment logits, so the scores sum to 1.`;
  if (multiLabel)
    return 'multi_label=True: each label is judged on its own. A softmax over that pair’s [contradiction, entailment] logits gives p(entailment); the scores need not sum to 1.';
  return 'A single candidate label: Python scores it on its own whatever multi_label says — a softmax over its [contradiction, entailment] logits gives p(entailment).';
}

const named = (labels: readonly string[], id: number) => `id ${id} (“${labels[id] ?? `LABEL_${id}`}”)`;

/** Which outputs the scores read, and why those: Python's rules, not transformers.js's. */
export function idsNote(ctx: ScoringContext): { entailment: string; contradiction: string } {
  return {
    entailment: `Entailment: ${named(ctx.nliLabels, ctx.entailmentId)}, the first label2id key that starts with “entail” (any case).`,
    contradiction:
      `Contradiction: ${named(ctx.nliLabels, ctx.contradictionId)}, by position as in Python — 0, or the last id when entailment is 0; ` +
      `it is not looked up by name (transformers.js does).` +
      (ctx.scoring === 'across-labels' ? ' Not read with multi_label=False.' : ''),
  };
}
