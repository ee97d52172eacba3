/** What the reference decoders take and return: a model oracle and plain scored sequences. */

/** Logits of the token that follows `sequence` (the full decoder sequence so far). */
export type ScoreSequence = (sequence: readonly number[]) => Promise<Float32Array>;

export interface NaiveSequence {
  tokenIds: number[];
  score: number;
}
