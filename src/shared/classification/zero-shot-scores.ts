/**
 * Zero-shot scores from the NLI logits of one text's (premise, hypothesis) pairs, as Python's
 * pipeline post-processes them: with `multi_label` (or a single candidate label) each label gets
 * a softmax over its [contradiction, entailment] logits and keeps p(entailment); otherwise one
 * softmax runs across the labels' entailment logits.
 */
import type { ZeroShotScoring } from '../protocol/index.ts';
import { softmax } from './activation.ts';
import type { NliIds } from './nli-labels.ts';
import { rankReversedArgsort } from './ranking.ts';

export function scoringFor(multiLabel: boolean, labelCount: number): ZeroShotScoring {
  return multiLabel || labelCount === 1 ? 'per-label' : 'across-labels';
}

/** Scores in candidate-label order. `pairLogits[i]` is label i's pair's NLI logits. */
export function zeroShotScores(
  pairLogits: readonly (readonly number[])[],
  ids: NliIds,
  scoring: ZeroShotScoring,
): number[] {
  const at = (row: readonly number[], id: number) => row[id] ?? Number.NaN;
  if (scoring === 'per-label')
    return pairLogits.map(
      (row) => softmax([at(row, ids.contradictionId), at(row, ids.entailmentId)])[1] ?? Number.NaN,
    );
  return softmax(pairLogits.map((row) => at(row, ids.entailmentId)));
}

/** The labels and scores best first, in Python's order (ties: later label first). */
export function rankZeroShot(labels: readonly string[], scores: readonly number[]) {
  const order = rankReversedArgsort(scores);
  return { labels: order.map((i) => labels[i] ?? ''), scores: order.map((i) => scores[i] ?? Number.NaN) };
}
