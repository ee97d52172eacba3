/**
 * Sampling made visible: the next-token distribution after each logits stage of one step (raw
 * logits → each processor → each warper), what every stage removed, and how likely the chosen
 * token was at each point. Per stage: one copy of the scores (only where a later stage edits
 * them) and a log-sum-exp; probabilities are taken for the few tokens reported, never for the
 * whole vocabulary.
 */
import { logSumExp, topKIndices } from './math.ts';
import type { LogitsStageName, StageTrace, TokenProbability } from './types.ts';

/** How many of the best tokens each stage reports, and how many of those it removed. */
export const STAGE_TOP = 10;
export const STAGE_REMOVED_TOP = 5;

interface Snapshot {
  stage: LogitsStageName;
  scores: ArrayLike<number>;
  logSum: number;
}

/**
 * `raw` is the step's scores before any stage; `willEdit` says whether stages will edit that
 * array in place (then each snapshot is a copy; otherwise the raw row is read as it is).
 */
export function traceStages(raw: ArrayLike<number>, willEdit: boolean) {
  const snapshot = (stage: LogitsStageName, scores: ArrayLike<number>): Snapshot => {
    const kept = willEdit ? Float64Array.from(scores) : scores;
    return { stage, scores: kept, logSum: logSumExp(kept) };
  };
  const snapshots: Snapshot[] = [snapshot('raw', raw)];
  return {
    after(stage: LogitsStageName, scores: ArrayLike<number>): void {
      snapshots.push(snapshot(stage, scores));
    },
    finish(chosen: number): StageTrace[] {
      return snapshots.map((s, i) => describeStage(s, snapshots[i - 1] ?? null, chosen));
    },
  };
}

const probabilityOf = (s: Snapshot, token: number): number =>
  s.logSum === -Infinity ? 0 : Math.exp((s.scores[token] ?? -Infinity) - s.logSum);

function describeStage(current: Snapshot, before: Snapshot | null, chosen: number): StageTrace {
  const { scores } = current;
  let kept = 0;
  const removedIds: number[] = [];
  let removedMass = 0;
  for (let i = 0; i < scores.length; i++) {
    const possible = (scores[i] as number) > -Infinity;
    if (possible) kept++;
    // Possible before this stage, impossible after it.
    else if (before && (before.scores[i] as number) > -Infinity) {
      removedIds.push(i);
      removedMass += probabilityOf(before, i);
    }
  }
  const removedScores = removedIds.map((id) => before?.scores[id] ?? -Infinity);
  const removedTop: TokenProbability[] = topKIndices(removedScores, STAGE_REMOVED_TOP).map((k) => ({
    tokenId: removedIds[k] ?? -1,
    probability: before ? probabilityOf(before, removedIds[k] ?? -1) : 0,
  }));
  return {
    stage: current.stage,
    kept,
    removed: removedIds.length,
    removedMass,
    top: topKIndices(scores, STAGE_TOP).map((tokenId) => ({
      tokenId,
      probability: probabilityOf(current, tokenId),
    })),
    removedTop,
    chosenProbability: probabilityOf(current, chosen),
  };
}
