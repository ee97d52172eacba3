/**
 * Sampling made visible: the next-token distribution after each logits stage of one step (raw
 * logits → each processor → each warper), what every stage removed, and how likely the chosen
 * token was at each point. Costs one copy and one softmax of the vocabulary per stage.
 */
import { softmax, topKIndices } from './math.ts';
import type { LogitsStageName, StageTrace, TokenProbability } from './types.ts';

/** How many of the best tokens each stage reports, and how many of those it removed. */
export const STAGE_TOP = 10;
export const STAGE_REMOVED_TOP = 5;

export function traceStages(raw: Float64Array) {
  const snapshots: Array<{ stage: LogitsStageName; scores: Float64Array }> = [
    { stage: 'raw', scores: Float64Array.from(raw) },
  ];
  return {
    after(stage: LogitsStageName, scores: Float64Array): void {
      snapshots.push({ stage, scores: Float64Array.from(scores) });
    },
    finish(chosen: number): StageTrace[] {
      let previous: Snapshot | null = null;
      return snapshots.map(({ stage, scores }) => {
        const probabilities = softmax(scores);
        const trace = describeStage(stage, { scores, probabilities }, previous, chosen);
        previous = { scores, probabilities };
        return trace;
      });
    },
  };
}

interface Snapshot {
  scores: Float64Array;
  probabilities: Float64Array;
}

function describeStage(
  stage: LogitsStageName,
  { scores, probabilities }: Snapshot,
  before: Snapshot | null,
  chosen: number,
): StageTrace {
  let kept = 0;
  const removedIds: number[] = [];
  let removedMass = 0;
  for (let i = 0; i < scores.length; i++) {
    const possible = (scores[i] ?? -Infinity) > -Infinity;
    if (possible) kept++;
    // Possible before this stage, impossible after it.
    if (before && !possible && (before.scores[i] ?? -Infinity) > -Infinity) {
      removedIds.push(i);
      removedMass += before.probabilities[i] ?? 0;
    }
  }
  const removedProbabilities = Float64Array.from(removedIds, (id) => before?.probabilities[id] ?? 0);
  const removedTop: TokenProbability[] = topKIndices(removedProbabilities, STAGE_REMOVED_TOP).map((k) => ({
    tokenId: removedIds[k] ?? -1,
    probability: removedProbabilities[k] ?? 0,
  }));
  return {
    stage,
    kept,
    removed: removedIds.length,
    removedMass,
    top: topKIndices(probabilities, STAGE_TOP).map((tokenId) => ({
      tokenId,
      probability: probabilities[tokenId] ?? 0,
    })),
    removedTop,
    chosenProbability: probabilities[chosen] ?? 0,
  };
}
