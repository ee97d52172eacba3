/** The contract's `zeroshot-result` / `zeroshot-item` value for one text (CONTRACT.md, Zero-shot). */
import type { ZeroShotItem } from '../../shared/protocol/index.ts';

export interface ZeroShotValue {
  sequence: string;
  /** Best first, as Python's pipeline returns them. */
  labels: string[];
  scores: number[];
  multiLabel: boolean;
  /** In the order of the candidate labels; logits in the model's label order. */
  pairs: Array<{ label: string; hypothesis: string; logits: number[] }>;
}

export function zeroShotValue(item: ZeroShotItem, multiLabel: boolean): ZeroShotValue {
  return {
    sequence: item.sequence,
    labels: item.labels,
    scores: item.scores,
    multiLabel,
    pairs: item.pairs.map((p) => ({ label: p.label, hypothesis: p.hypothesis, logits: p.logits })),
  };
}

/** The items in input order, whether they came streamed (any order) or in the result. */
export function itemsInOrder(items: readonly ZeroShotItem[]): ZeroShotItem[] {
  return [...items].sort((a, b) => a.line - b.line);
}
