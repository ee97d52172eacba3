/**
 * Both sides of the text-generation bench, for its two halves (Node in ../text-generation.ts,
 * Chromium in page.ts), on one loaded model: our engine's greedy search over the worker's step
 * model (what the app's generate job runs), and transformers.js's own `generate`. Each run keeps
 * its new tokens, its time and its time to first token.
 */
import {
  Tensor,
  TextStreamer,
  type PreTrainedModel,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { generate } from '../../../workers/generation/engine.ts';
import type { ModelInput } from '../../../workers/generation/step-model.ts';
import type { GenerationParams } from '../../../workers/generation/types.ts';
import { createTransformersStepModel } from '../../../workers/runtime/step-model.ts';
import { median } from '../zero-shot-compare.ts';

export interface GreedyRun {
  /** The tokens after the prompt. */
  newTokens: number[];
  ms: number;
  /** From the call to the first new token's arrival (our `onStep`, their streamer). */
  firstTokenMs: number;
}

/** Our engine: the first token event marks the first token. */
export async function ourGreedy(
  model: PreTrainedModel,
  input: ModelInput,
  params: GenerationParams,
  /** The app's generate job traces every step's logits stages; the engine alone does not. */
  traceStages = false,
): Promise<GreedyRun> {
  const stepModel = createTransformersStepModel(model);
  const started = performance.now();
  let firstTokenMs = Number.NaN;
  try {
    const result = await generate(stepModel, input, params, {
      traceStages,
      onStep(event) {
        if (event.kind === 'token' && Number.isNaN(firstTokenMs)) firstTokenMs = performance.now() - started;
      },
    });
    const ms = performance.now() - started;
    return {
      newTokens: (result.sequences[0]?.tokenIds ?? []).slice(input.inputIds.length),
      ms,
      firstTokenMs,
    };
  } finally {
    await stepModel.dispose();
  }
}

/**
 * transformers.js's `generate` calls `put` with the prompt first, then once per new token. A
 * TextStreamer (which `generate`'s parameter type asks for) with `put` and `end` replaced: it
 * decodes nothing, so it costs their side nothing our side does not pay.
 */
class FirstTokenTimer extends TextStreamer {
  private calls = 0;
  firstTokenMs = Number.NaN;

  constructor(
    tokenizer: PreTrainedTokenizer,
    private readonly started: number,
  ) {
    super(tokenizer);
  }

  override put(): void {
    this.calls += 1;
    if (this.calls === 2) this.firstTokenMs = performance.now() - this.started;
  }

  override end(): void {}
}

const int64Row = (values: readonly number[]) =>
  new Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    [1, values.length],
  );

/** transformers.js greedy, with a streamer that only times the first token. */
export async function libraryGreedy(
  model: PreTrainedModel,
  tokenizer: PreTrainedTokenizer,
  input: ModelInput,
  maxNewTokens: number,
): Promise<GreedyRun> {
  const inputs = int64Row(input.inputIds);
  const attentionMask = int64Row(input.attentionMask);
  const started = performance.now();
  const streamer = new FirstTokenTimer(tokenizer, started);
  // `generate` returns `any` in the library's types: we only accept a Tensor.
  const output: unknown = await model.generate({
    inputs,
    attention_mask: attentionMask,
    max_new_tokens: maxNewTokens,
    do_sample: false,
    streamer,
  });
  const ms = performance.now() - started;
  if (!(output instanceof Tensor)) throw new Error('generate() returned no tensor.');
  const newTokens = Array.from(output.data, Number).slice(input.inputIds.length);
  return { newTokens, ms, firstTokenMs: streamer.firstTokenMs };
}

/** Medians over the timed rounds, and whether every run of both sides gave the same tokens. */
export interface GreedyComparison {
  rounds: number;
  promptTokens: number;
  /** New tokens per run, ours and theirs (the longest when runs differ). */
  oursNewTokens: number;
  libraryNewTokens: number;
  sameTokens: boolean;
  /** The first position where the two sides' tokens differ, or -1. */
  firstDifference: number;
  oursMs: number;
  libraryMs: number;
  oursFirstTokenMs: number;
  libraryFirstTokenMs: number;
  /** Ours as the app's generate job runs it, tracing each step's stages. */
  tracedMs: number;
}

function firstDifference(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

/**
 * One warm-up run each (first-run allocations and kernel choices are not what we measure), then
 * `rounds` interleaved rounds, so a machine that drifts mid-run affects both sides alike.
 */
export async function compareGreedy(
  model: PreTrainedModel,
  tokenizer: PreTrainedTokenizer,
  input: ModelInput,
  params: GenerationParams,
  rounds: number,
): Promise<GreedyComparison> {
  const maxNewTokens = params.max_new_tokens;
  if (maxNewTokens === null) throw new Error('The bench needs max_new_tokens.');
  const ours: GreedyRun[] = [await ourGreedy(model, input, params)];
  const library: GreedyRun[] = [await libraryGreedy(model, tokenizer, input, maxNewTokens)];
  const traced: GreedyRun[] = [await ourGreedy(model, input, params, true)];
  for (let i = 0; i < rounds; i++) {
    ours.push(await ourGreedy(model, input, params));
    library.push(await libraryGreedy(model, tokenizer, input, maxNewTokens));
    traced.push(await ourGreedy(model, input, params, true));
  }
  const reference = library[0]?.newTokens ?? [];
  const mismatch = [...ours, ...library, ...traced]
    .map((run) => firstDifference(run.newTokens, reference))
    .find((d) => d >= 0);
  const timed = (runs: GreedyRun[], pick: (run: GreedyRun) => number) => median(runs.slice(1).map(pick));
  const longest = (runs: GreedyRun[]) => Math.max(...runs.map((run) => run.newTokens.length));
  return {
    rounds,
    promptTokens: input.inputIds.length,
    oursNewTokens: longest(ours),
    libraryNewTokens: longest(library),
    sameTokens: mismatch === undefined,
    firstDifference: mismatch ?? -1,
    oursMs: timed(ours, (run) => run.ms),
    libraryMs: timed(library, (run) => run.ms),
    oursFirstTokenMs: timed(ours, (run) => run.firstTokenMs),
    libraryFirstTokenMs: timed(library, (run) => run.firstTokenMs),
    tracedMs: timed(traced, (run) => run.ms),
  };
}

/** The printed lines of one comparison; a token mismatch is shouted, not hidden in a column. */
export function comparisonLines(c: GreedyComparison): string[] {
  const rate = (tokens: number, ms: number) => ((tokens * 1000) / ms).toFixed(1);
  const lines = [
    `  greedy, ${c.promptTokens}-token prompt, ${c.oursNewTokens} new tokens, median of ${c.rounds} interleaved rounds after a warm-up:`,
    `  ours ${rate(c.oursNewTokens, c.oursMs)} tok/s (${c.oursMs.toFixed(0)} ms) · transformers.js ${rate(c.libraryNewTokens, c.libraryMs)} tok/s (${c.libraryMs.toFixed(0)} ms)` +
      ` · ours ÷ transformers.js time = ${(c.oursMs / c.libraryMs).toFixed(3)} (target ≤ 1.05)`,
    `  time to first token: ours ${c.oursFirstTokenMs.toFixed(0)} ms · transformers.js ${c.libraryFirstTokenMs.toFixed(0)} ms` +
      ` · same tokens on both sides: ${c.sameTokens ? 'yes' : 'NO'}`,
    `  as the app's generate job runs it (each step's logits stages traced): ours ${rate(c.oursNewTokens, c.tracedMs)} tok/s` +
      ` · ÷ transformers.js time = ${(c.tracedMs / c.libraryMs).toFixed(3)}`,
  ];
  if (!c.sameTokens || c.oursNewTokens !== c.libraryNewTokens)
    lines.push(
      `  !!! MISMATCH: ours and transformers.js differ at new token ${c.firstDifference}` +
        ` (ours ${c.oursNewTokens} new tokens, transformers.js ${c.libraryNewTokens}): the times compare different work !!!`,
    );
  return lines;
}
