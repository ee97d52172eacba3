/**
 * A literal port of Python `transformers`' vectorized `_beam_search` (generation/utils.py, 4.50
 * and later) for one input: the same tensors (running beams [num_beams], top-k continuations
 * [beams_to_keep], finished beams [num_beams]), the same -1e9 masks, the same merged top-k, and
 * the helpers `_get_top_k_continuations`, `_get_running_beams_for_next_iteration`,
 * `_update_finished_beams`, `_check_early_stop_heuristic` and
 * `_beam_search_has_unfinished_sequences` step by step. It was written from that source, not
 * from the engine, and shares nothing with the engine: only the reference processors.
 *
 * Numbers: torch computes these scores in float32; this port computes in float64 and adds the
 * -1e9 masks literally. In float32, -1e9 + s rounds to a multiple of 64, so masked entries tie
 * with each other and with the -1e9 placeholders; in float64 they keep their order. Masked
 * entries only ever compete for slots that are not finished (and for running beams that no
 * real beam outranks), so the difference cannot change a finished hypothesis; ties go to the
 * lower index (see `topk`). Not ported: sampling (`do_sample`), batches, output padding (each
 * returned sequence is cut at its own length, where Python pads all to the longest).
 */
import type { GenerationParams } from '../types.ts';
import { at, naiveLogSoftmax, naiveProcess, type Limits } from './naive-processors.ts';
import type { NaiveSequence, ScoreSequence } from './reference-types.ts';
import { asFloat, gather, gatherRows, range, topk } from './tensor-ops.ts';

export interface PythonBeamSearchResult {
  /** The top num_return_sequences finished beams, best first, score with length penalty. */
  sequences: NaiveSequence[];
  /** Iterations of the generation loop: one forward pass over all running beams each. */
  steps: number;
  /** Which of `_beam_search_has_unfinished_sequences`' conditions ended the loop (for test coverage). */
  ended: { noImprovementPossible: boolean; allFinishedEarly: boolean; everyCandidateStopped: boolean };
}

/** Fill value of the static-shaped sequence tensors; it never reaches the output (see above). */
const FILL = -1;

export async function pythonBeamSearch(
  score: ScoreSequence,
  prefix: readonly number[],
  params: GenerationParams,
): Promise<PythonBeamSearchResult> {
  // generate(): max_new_tokens, when set, becomes max_length = prompt length + max_new_tokens.
  const maxLength =
    params.max_new_tokens === null ? params.max_length : prefix.length + params.max_new_tokens;
  const limits: Limits = { prefixLength: prefix.length, maxLength };
  const { num_beams: numBeams, length_penalty: lengthPenalty, early_stopping: earlyStopping } = params;
  const eos = params.eos_token_id;

  // 1. Keep (1 + #eos) * num_beams candidates (at least 2 * num_beams), enough to leave num_beams running.
  const beamsToKeep = Math.max(2, 1 + eos.length) * numBeams;
  const topNumBeamMask = range(beamsToKeep).map((i) => i < numBeams);

  let curLen = prefix.length;
  const decoderPromptLen = curLen;
  // generate() sends num_beams 1 to greedy search or sampling; the tensors need room for a token.
  if (numBeams < 2) throw new RangeError('beam search needs num_beams >= 2');
  if (maxLength <= curLen) throw new RangeError('max_length must exceed the decoder prompt length');

  // 3. Running and finished tensors, static-shaped to max_length as in Python.
  const padded = () => [...prefix, ...range(maxLength - curLen).map(() => FILL)];
  let runningSequences = range(numBeams).map(padded);
  let sequences = range(numBeams).map(padded);
  // Only the first beam is live at first, so the first step does not pick num_beams copies of one token.
  let runningBeamScores: number[] = range(numBeams).map((i) => (i === 0 ? 0 : -1e9));
  let beamScores = range(numBeams).map(() => -1e9);
  let isSentFinished = range(numBeams).map(() => false);
  let isEarlyStopHeuristicUnsatisfied = true;
  let nextTokenHitsStoppingCriteria = range(numBeams).map(() => false);
  const noIndices = () => range(maxLength - curLen).map(() => -1);
  let runningBeamIndices = range(numBeams).map(noIndices);
  let beamIndices = range(numBeams).map(noIndices);

  // MaxLengthCriteria (length >= max_length) and EosTokenCriteria (last token is an EOS).
  const stoppingCriteria = (sequence: readonly number[]): boolean =>
    sequence.length >= maxLength || (eos.length > 0 && eos.includes(at(sequence, sequence.length - 1)));

  let steps = 0;
  let ended = { noImprovementPossible: false, allFinishedEarly: false, everyCandidateStopped: false };
  let thisPeerFinished = false;
  while (!thisPeerFinished) {
    steps++;
    // a. Logits after every running sequence (the oracle recomputes them; Python batches the rows).
    const flatRunningSequences = runningSequences.map((row) => row.slice(0, curLen));
    const logits: number[][] = [];
    for (const sequence of flatRunningSequences) logits.push(Array.from(await score(sequence)));

    // b. log_softmax, then the processors on the log-probabilities, then + running beam score.
    const logProbs = flatRunningSequences.map((sequence, b) =>
      naiveProcess(sequence, naiveLogSoftmax(at(logits, b)), params, limits),
    );
    const vocabSize = at(logProbs, 0).length;
    // Flattened beam-major, as torch.reshape(log_probs, (batch, num_beams * vocab)).
    const accumulated = ([] as number[]).concat(
      ...logProbs.map((row, b) => row.map((lp) => lp + at(runningBeamScores, b))),
    );

    // c. _get_top_k_continuations over the flattened [num_beams * vocab] scores.
    const { values: topkLogProbs, indices: topkIndices } = topk(accumulated, beamsToKeep);
    const topkCurrentBeamIndices = topkIndices.map((i) => Math.floor(i / vocabSize));
    const topkRunningBeamIndices = gatherRows(runningBeamIndices, topkCurrentBeamIndices);
    const topkRunningSequences = gatherRows(runningSequences, topkCurrentBeamIndices);
    const topkIds = topkIndices.map((i) => i % vocabSize);
    topkRunningSequences.forEach((row, k) => (row[curLen] = at(topkIds, k)));
    topkRunningBeamIndices.forEach(
      (row, k) => (row[curLen - decoderPromptLen] = at(topkCurrentBeamIndices, k)),
    );

    // d. Stopping criteria on the candidate sequences (unfilled positions removed).
    nextTokenHitsStoppingCriteria = topkRunningSequences.map((row) =>
      stoppingCriteria(row.slice(0, curLen + 1)),
    );

    // e. _get_running_beams_for_next_iteration: candidates that stopped sink by 1e9.
    const topkRunningLogProbs = topkLogProbs.map(
      (lp, k) => lp + asFloat(at(nextTokenHitsStoppingCriteria, k)) * -1e9,
    );
    const nextTopkIndices = topk(topkRunningLogProbs, numBeams).indices;
    runningSequences = gatherRows(topkRunningSequences, nextTopkIndices);
    runningBeamScores = gather(topkRunningLogProbs, nextTopkIndices);
    runningBeamIndices = gatherRows(topkRunningBeamIndices, nextTopkIndices);

    // f. _update_finished_beams: only the first num_beams candidates may finish.
    const didTopNumBeamsJustFinished = nextTokenHitsStoppingCriteria.map(
      (hit, k) => hit && at(topNumBeamMask, k),
    );
    const beamsInBatchAreFull = isSentFinished.every(Boolean) && earlyStopping === true;
    const finishedLogProbs = topkLogProbs.map(
      (lp, k) =>
        lp / (curLen + 1 - decoderPromptLen) ** lengthPenalty +
        asFloat(beamsInBatchAreFull) * -1e9 +
        asFloat(!isEarlyStopHeuristicUnsatisfied) * -1e9 +
        asFloat(!at(didTopNumBeamsJustFinished, k)) * -1e9,
    );
    const mergedSequences = [...sequences, ...topkRunningSequences];
    const mergedScores = [...beamScores, ...finishedLogProbs];
    const mergedBeamIndices = [...beamIndices, ...topkRunningBeamIndices];
    const mergedIsSentFinished = [...isSentFinished, ...didTopNumBeamsJustFinished];
    const topkMergedIndices = topk(mergedScores, numBeams).indices;
    sequences = gatherRows(mergedSequences, topkMergedIndices);
    beamScores = gather(mergedScores, topkMergedIndices);
    beamIndices = gatherRows(mergedBeamIndices, topkMergedIndices);
    isSentFinished = gather(mergedIsSentFinished, topkMergedIndices);

    // g. Next length, then whether beam search as a whole goes on.
    curLen = curLen + 1;
    isEarlyStopHeuristicUnsatisfied = checkEarlyStopHeuristic(
      isEarlyStopHeuristicUnsatisfied,
      runningBeamScores,
      beamScores,
      isSentFinished,
      earlyStopping === 'never' && lengthPenalty > 0
        ? maxLength - decoderPromptLen
        : curLen - decoderPromptLen,
      lengthPenalty,
    );
    const improvementPossible = isEarlyStopHeuristicUnsatisfied;
    const existsOpenBeam = !(isSentFinished.every(Boolean) && earlyStopping === true);
    const validContinuations = !nextTokenHitsStoppingCriteria.every(Boolean);
    thisPeerFinished = !(improvementPossible && existsOpenBeam && validContinuations);
    ended = {
      noImprovementPossible: !improvementPossible,
      allFinishedEarly: !existsOpenBeam,
      everyCandidateStopped: !validContinuations,
    };
  }

  // 5. The best num_return_sequences finished beams (beam_scores is sorted, best first), each cut
  // at its generated length: the beam indices written for it (the rest are still -1).
  const returned = range(params.num_return_sequences).map((i) => {
    const generatedLength = at(beamIndices, i).filter((index) => index !== -1).length;
    return {
      tokenIds: at(sequences, i).slice(0, decoderPromptLen + generatedLength),
      score: at(beamScores, i),
    };
  });
  return { sequences: returned, steps, ended };
}

/**
 * `_check_early_stop_heuristic`: can the best running beam, at its best hypothetical length, still
 * beat the worst finished beam? Slots not finished count as -1e9. `bestHypotheticalLength` is
 * max_length - prompt for early_stopping "never" with a positive penalty, else cur_len - prompt.
 */
function checkEarlyStopHeuristic(
  unsatisfied: boolean,
  runningBeamScores: readonly number[],
  beamScores: readonly number[],
  isSentFinished: readonly boolean[],
  bestHypotheticalLength: number,
  lengthPenalty: number,
): boolean {
  const bestPossibleRunningScore = at(runningBeamScores, 0) / bestHypotheticalLength ** lengthPenalty;
  const minBeamScore = Math.min(...beamScores);
  const worstFinishedScore = isSentFinished.map((finished) => (finished ? minBeamScore : -1e9));
  return unsatisfied && worstFinishedScore.some((worst) => bestPossibleRunningScore > worst);
}
