/**
 * Generation timings for `npm run bench`: engine beam search (4 beams) against engine greedy on
 * the same input, and engine greedy against transformers.js's own greedy `generate`.
 */
import { Tensor, type PreTrainedModel } from './transformers.ts';
import { generate } from '../generation/engine.ts';
import type { ModelInput } from '../generation/step-model.ts';
import { createTransformersStepModel } from './step-model.ts';
import type { GenerationParams } from '../generation/types.ts';

export interface GenerationBenchOptions {
  model: PreTrainedModel;
  input: ModelInput;
  /** Resolved parameters; greedy runs use them with num_beams 1, beam runs with num_beams 4. */
  params: GenerationParams;
  /** Timed runs per variant, after one warm-up run each. */
  runs?: number;
}

export interface GenerationBenchResult {
  runs: number;
  /** Median milliseconds per whole generation. */
  engineGreedyMs: number;
  engineBeam4Ms: number;
  libraryGreedyMs: number;
  /** Tokens after the prefix in the greedy output, and beam search steps, for per-token rates. */
  greedyNewTokens: number;
  beamSteps: number;
  /** Whether engine and library greedy produced the same tokens (they should). */
  greedyMatchesLibrary: boolean;
}

export async function benchGeneration(options: GenerationBenchOptions): Promise<GenerationBenchResult> {
  const { model, input } = options;
  const runs = options.runs ?? 5;
  const greedyParams: GenerationParams = {
    ...options.params,
    num_beams: 1,
    do_sample: false,
    num_return_sequences: 1,
  };
  const beamParams: GenerationParams = { ...greedyParams, num_beams: 4 };

  const runEngine = async (params: GenerationParams) => {
    const stepModel = createTransformersStepModel(model);
    try {
      return await generate(stepModel, input, params);
    } finally {
      await stepModel.dispose();
    }
  };
  // Interleaved rounds: a machine that slows down or speeds up mid-run affects every variant alike.
  const [greedy, beam, library] = await timeInterleaved(runs, [
    () => runEngine(greedyParams),
    () => runEngine(beamParams),
    () => libraryGreedy(model, input, greedyParams),
  ] as const);
  const greedyTokens = greedy.last.sequences[0]?.tokenIds ?? [];
  const prefixLength = model.config.is_encoder_decoder ? 1 : input.inputIds.length;
  return {
    runs,
    engineGreedyMs: greedy.medianMs,
    engineBeam4Ms: beam.medianMs,
    libraryGreedyMs: library.medianMs,
    greedyNewTokens: greedyTokens.length - prefixLength,
    beamSteps: beam.last.steps,
    greedyMatchesLibrary: JSON.stringify(greedyTokens) === JSON.stringify(library.last),
  };
}

/**
 * transformers.js greedy with the same limits and processors. `generate` leaves max_new_tokens at
 * its null default, so max_length counts (only the pipelines set max_new_tokens: 256).
 */
async function libraryGreedy(
  model: PreTrainedModel,
  input: ModelInput,
  params: GenerationParams,
): Promise<number[]> {
  const toTensor = (values: readonly number[]) =>
    new Tensor(
      'int64',
      BigInt64Array.from(values, (v) => BigInt(v)),
      [1, values.length],
    );
  const maxLength =
    params.max_new_tokens === null
      ? params.max_length
      : (model.config.is_encoder_decoder ? 1 : input.inputIds.length) + params.max_new_tokens;
  // `generate` returns `any` in the library's types: we only accept a Tensor.
  const output: unknown = await model.generate({
    inputs: toTensor(input.inputIds),
    attention_mask: toTensor(input.attentionMask),
    max_length: maxLength,
    min_length: params.min_length,
    no_repeat_ngram_size: params.no_repeat_ngram_size,
    repetition_penalty: params.repetition_penalty,
    num_beams: 1,
    do_sample: false,
  });
  if (!(output instanceof Tensor)) throw new Error('generate() returned no tensor.');
  return Array.from(output.data, Number);
}

type Timed<T> = { medianMs: number; last: T };

async function timeInterleaved<A, B, C>(
  runs: number,
  tasks: readonly [() => Promise<A>, () => Promise<B>, () => Promise<C>],
): Promise<[Timed<A>, Timed<B>, Timed<C>]> {
  // Warm-up: first-run allocations and kernel choices are not what we measure.
  let lastA = await tasks[0]();
  let lastB = await tasks[1]();
  let lastC = await tasks[2]();
  const times: [number[], number[], number[]] = [[], [], []];
  const timed = async <T>(index: 0 | 1 | 2, task: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await task();
    times[index].push(performance.now() - started);
    return result;
  };
  for (let i = 0; i < runs; i++) {
    lastA = await timed(0, tasks[0]);
    lastB = await timed(1, tasks[1]);
    lastC = await timed(2, tasks[2]);
  }
  return [
    { medianMs: median(times[0]), last: lastA },
    { medianMs: median(times[1]), last: lastB },
    { medianMs: median(times[2]), last: lastC },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
