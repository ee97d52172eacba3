/**
 * The n-best list of finished hypotheses of one input, Python's `BeamHypotheses`
 * (generation/beam_search.py) line for line: same score, same eviction, same stopping test.
 *
 * Lengths: `generatedLen` is what Python passes since `decoder_prompt_len` exists: tokens after
 * the decoder prefix (the decoder start token for seq2seq, the prompt for decoder-only), counting
 * the final EOS of a finished hypothesis. score = sum_logprobs / generatedLen ** length_penalty.
 */
import type { EarlyStopping, ScoredSequence } from './types.ts';

interface Hypothesis {
  score: number;
  tokenIds: number[];
}

export class BeamHypotheses {
  private readonly hypotheses: Hypothesis[] = [];
  /** Python starts at 1e9 so that the first `numBeams` additions always get in. */
  private worstScore = 1e9;

  constructor(
    private readonly numBeams: number,
    private readonly lengthPenalty: number,
    private readonly earlyStopping: EarlyStopping,
    private readonly maxLength: number,
  ) {}

  get size(): number {
    return this.hypotheses.length;
  }

  add(tokenIds: number[], sumLogprobs: number, generatedLen: number): void {
    const score = sumLogprobs / generatedLen ** this.lengthPenalty;
    if (this.hypotheses.length >= this.numBeams && !(score > this.worstScore)) return;
    this.hypotheses.push({ score, tokenIds });
    if (this.hypotheses.length > this.numBeams) {
      // Python sorts (score, index) pairs: the worst score goes, the earliest added on ties.
      const order = this.hypotheses.map((h, index) => ({ score: h.score, index }));
      order.sort((a, b) => a.score - b.score || a.index - b.index);
      const [worst, nextWorst] = order;
      if (worst) this.hypotheses.splice(worst.index, 1);
      if (nextWorst) this.worstScore = nextWorst.score;
    } else {
      this.worstScore = Math.min(score, this.worstScore);
    }
  }

  /**
   * Whether no running beam can beat the worst kept hypothesis. `curLen` is the decoder length
   * after the current step; `bestSumLogprobs` the best candidate score of that step.
   */
  isDone(bestSumLogprobs: number, curLen: number, decoderPromptLen: number): boolean {
    if (this.hypotheses.length < this.numBeams) return false;
    if (this.earlyStopping === true) return true;
    let length = curLen - decoderPromptLen;
    if (this.earlyStopping === 'never' && this.lengthPenalty > 0) {
      // A positive penalty favours longer sequences: the best is reached at max_length.
      if (this.maxLength <= decoderPromptLen)
        throw new RangeError('max_length is not larger than the decoder prompt length');
      length = this.maxLength - decoderPromptLen;
    }
    return this.worstScore >= bestSumLogprobs / length ** this.lengthPenalty;
  }

  /** Best first. Python's order: a stable ascending sort popped from the end (later wins ties). */
  best(count: number): ScoredSequence[] {
    const ascending = this.hypotheses.map((h, index) => ({ h, index }));
    ascending.sort((a, b) => a.h.score - b.h.score || a.index - b.index);
    return ascending
      .reverse()
      .slice(0, count)
      .map(({ h }) => ({ tokenIds: [...h.tokenIds], score: h.score }));
  }
}
