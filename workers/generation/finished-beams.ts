/**
 * The finished beams of one input as Python's vectorized `_beam_search` keeps them (its
 * `sequences`, `beam_scores` and `is_sent_finished`): always `numBeams` slots, best first. They
 * start as placeholders (the prefix, score -1e9, not finished) that any real hypothesis outranks.
 * Each step every top-k candidate is merged in (`_update_finished_beams`) and the best `numBeams`
 * stay; a candidate that did not just finish comes with its score lowered by 1e9, so it can only
 * take a slot that no finished beam holds. Equal scores keep the earlier entry: slots before
 * candidates, candidates in rank order (torch.topk leaves ties unspecified).
 */
import { compareDescending } from './math.ts';
import type { ScoredSequence, TokenStep, TracedSequence } from './types.ts';

/** Python's -1e9: the score of an empty slot, and what it adds to push an entry out of reach. */
export const UNREACHABLE_SCORE = -1e9;

export interface Slot {
  tokenIds: number[];
  /** sum_logprobs / generated_len ** length_penalty, plus -1e9 when not finished. */
  score: number;
  finished: boolean;
  steps: TokenStep[];
}

export class FinishedBeams {
  private slots: Slot[];

  constructor(
    private readonly numBeams: number,
    prefix: readonly number[],
  ) {
    this.slots = Array.from({ length: numBeams }, () => ({
      tokenIds: [...prefix],
      score: UNREACHABLE_SCORE,
      finished: false,
      steps: [],
    }));
  }

  /** Keeps the best `numBeams` of the slots and `entries` (this step's candidates, in rank order). */
  merge(entries: readonly Slot[]): void {
    // Array.prototype.sort is stable: on equal scores the earlier entry stays first.
    this.slots = [...this.slots, ...entries]
      .sort((a, b) => compareDescending(a.score, b.score))
      .slice(0, this.numBeams);
  }

  get allFinished(): boolean {
    return this.slots.every((slot) => slot.finished);
  }

  /**
   * `worst_finished_score` of `_check_early_stop_heuristic`: the lowest slot score while every
   * slot holds a finished beam; while any slot is open, -1e9 (or a lower score, which only a
   * degenerate -Infinity or -1e9-pushed hypothesis could have), so any real running beam beats it.
   */
  worstScore(): number {
    const lowest = Math.min(...this.slots.map((slot) => slot.score));
    return Math.min(...this.slots.map((slot) => (slot.finished ? lowest : UNREACHABLE_SCORE)));
  }

  /** The finished hypotheses kept so far, best first. */
  hypotheses(): ScoredSequence[] {
    return this.slots.filter((slot) => slot.finished).map(toScored);
  }

  /**
   * What generation returns: the first `count` slots. When the search ends every slot holds a
   * finished beam, except in degenerate cases (fewer finite candidates than beams) where Python
   * also returns the placeholder.
   */
  best(count: number): TracedSequence[] {
    return this.slots.slice(0, count).map((slot) => ({ ...toScored(slot), steps: slot.steps }));
  }
}

function toScored(slot: Slot): ScoredSequence {
  return { tokenIds: [...slot.tokenIds], score: slot.score };
}
