/**
 * A seq2seq pipeline as a glass box, for every task that runs one (Summarize, Translation):
 * prompt → tokenizer → encoder → decoding (our engine) → decode, each stage reporting what it
 * produced and how long it took; and, for inputs over the model's limit, sentence chunks.
 */
import type { GenerationSettings, ResolvedSettings } from '../../src/shared/generation-settings.ts';
import { chunkSentences } from '../../src/shared/extractive/chunks.ts';
import { splitSentences } from '../../src/shared/extractive/sentences.ts';
import { inputLimit, type InputLimit } from '../../src/shared/input-limit.ts';
import type { GenerationOutput, StageTimings } from '../../src/shared/protocol/index.ts';
import { JobFailure } from '../error-classifier.ts';
import { decoderPrefix, generate } from '../generation/engine.ts';
import { resolveGenerationParams, validateGenerationParams } from '../generation/params.ts';
import type { GenerationParams } from '../generation/types.ts';
import type { Encoding, Seq2SeqBundle } from '../runtime/runtime-types.ts';
import { taskStepModel } from './cancel-points.ts';
import { createStepStreamer, toBeamView, tokensOf } from './generation-stream.ts';
import type { TaskContext } from './task-context.ts';

export interface Seq2SeqRun {
  bundle: Seq2SeqBundle;
  params: GenerationParams;
  /** Put before the text: the model's task prefix or the person's instruction. */
  prefix: string;
  /**
   * Token ids that frame the text instead of the tokenizer's own special tokens, e.g. NLLB's
   * `[src_lang] … </s>` for the chosen source language.
   */
  frame?: { before: number[]; after: number[] };
}

type PassOutput = Omit<GenerationOutput, 'timings' | 'chunks'>;
type PassTimings = Omit<StageTimings, 'loadMs'>;

/**
 * The settings a generation runs with: Python's precedence (defaults < config < generation_config
 * < task_specific_params[task] < the person's overrides), refused with a specific message when
 * Python's generate would refuse them.
 */
export function resolveSeq2SeqParams(
  bundle: Seq2SeqBundle,
  task: string,
  overrides: GenerationSettings,
  forced: Partial<Pick<GenerationParams, 'forced_bos_token_id'>> = {},
): GenerationParams {
  const params = {
    ...resolveGenerationParams({
      config: bundle.config,
      generationConfig: bundle.generationConfig,
      task,
      overrides,
    }),
    ...forced,
  };
  try {
    validateGenerationParams(params);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobFailure({
      code: 'invalid-settings',
      message: `These generation settings do not work together: ${reason}`,
      retryable: false,
    });
  }
  return params;
}

export function limitOf(bundle: Seq2SeqBundle): InputLimit {
  const declared = bundle.tokenizer.modelMaxLength;
  return inputLimit(Number.isFinite(declared) ? declared : null, bundle.config);
}

function encode(run: Seq2SeqRun, prompt: string, maxLength: number | undefined): Encoding {
  const { tokenizer } = run.bundle;
  if (!run.frame)
    return tokenizer.encode(prompt, { addSpecialTokens: true, ...(maxLength ? { maxLength } : {}) });
  const { before, after } = run.frame;
  const room = maxLength === undefined ? undefined : Math.max(0, maxLength - before.length - after.length);
  const inner = tokenizer.encode(prompt, {
    addSpecialTokens: false,
    ...(room !== undefined ? { maxLength: room } : {}),
  });
  const ids = [...before, ...inner.ids, ...after];
  return {
    ids,
    tokens: ids.map((id, i) => inner.tokens[i - before.length] ?? tokenizer.raw.idToToken(id) ?? `<${id}>`),
    attentionMask: ids.map(() => 1),
    truncated: inner.truncated,
  };
}

/** One pass over `text`: every stage's output as events, the result and the stage times. */
async function runPass(text: string, run: Seq2SeqRun, limit: InputLimit, ctx: TaskContext) {
  const { bundle, params, prefix } = run;
  const { tokenizer } = bundle;
  const { now } = ctx.services;
  const faults = ctx.message.options?.faults ?? [];
  const prompt = prefix + text;
  ctx.emit({ type: 'prompt', prefix, prompt });

  const t0 = now();
  ctx.emit({ type: 'status', stage: 'tokenizing' });
  // `skip-input-limit` (a test fault) feeds the model more tokens than it has positions for, to
  // provoke a real failure inside onnxruntime.
  const encoding = encode(run, prompt, faults.includes('skip-input-limit') ? undefined : limit.tokens);
  ctx.emit({
    type: 'tokenized',
    tokens: encoding.tokens,
    ids: encoding.ids,
    attentionMask: encoding.attentionMask,
    limit,
    truncated: encoding.truncated,
  });
  ctx.throwIfCancelled();

  const t1 = now();
  ctx.emit({ type: 'status', stage: 'generating' });
  const stepModel = taskStepModel(bundle.createStepModel(), ctx);
  const input = { inputIds: encoding.ids, attentionMask: encoding.attentionMask };
  const prefixLength = decoderPrefix(stepModel, input, params).length;
  const streamStep = createStepStreamer(tokenizer, ctx, prefixLength);
  let encodeMs = 0;
  let announcedEncoder = false;
  const onGpu = bundle.device === 'webgpu';
  try {
    const run = () =>
      generate(stepModel, input, params, {
        shouldStop: () => ctx.cancelled,
        onStep: (event) => {
          if (!announcedEncoder && stepModel.encoderInfo) {
            announcedEncoder = true;
            encodeMs = stepModel.encoderInfo.ms;
            ctx.emit({ type: 'encoded', shape: stepModel.encoderInfo.shape, ms: encodeMs });
          }
          streamStep(event);
        },
      });
    const generated = onGpu ? await ctx.services.gpu.run(run) : await run();
    const t2 = now();
    const sequences = generated.sequences.map((s) => toBeamView(tokenizer, s, prefixLength));
    const top = generated.sequences[0];
    const best = sequences[0] ?? { tokenIds: [], score: 0, text: '' };
    const output: PassOutput = {
      text: best.text,
      tokenIds: best.tokenIds,
      tokens: top ? tokensOf(tokenizer, top, prefixLength) : [],
      sequences,
      rawText: tokenizer.decode(best.tokenIds, { skipSpecialTokens: false }),
      prompt,
    };
    const timings: PassTimings = {
      tokenizeMs: t1 - t0,
      encodeMs,
      generateMs: t2 - t1 - encodeMs,
      decodeMs: now() - t2,
    };
    return { output, timings };
  } finally {
    await stepModel.dispose();
  }
}

/**
 * Runs the pipeline over `text`. With chunking, an input longer than the model's limit goes in
 * sentence-aligned chunks that fit; `combine` (Summarize) then runs once more over the joined
 * outputs, while without it (Translation) the outputs are joined in order.
 */
export async function runSeq2Seq(
  text: string,
  run: Seq2SeqRun,
  ctx: TaskContext,
  options: { chunking: boolean; combine: boolean; loadMs: number },
): Promise<GenerationOutput> {
  const limit = limitOf(run.bundle);
  ctx.emit({ type: 'params', params: settingsInForce(run.params) });
  const frameLength = (run.frame?.before.length ?? 0) + (run.frame?.after.length ?? 0);
  const countTokens = (t: string) =>
    frameLength +
    run.bundle.tokenizer.encode(run.prefix + t, { addSpecialTokens: run.frame === undefined }).ids.length;
  const totals = (passes: PassTimings[]): StageTimings => ({
    loadMs: options.loadMs,
    tokenizeMs: sum(passes, (p) => p.tokenizeMs),
    encodeMs: sum(passes, (p) => p.encodeMs),
    generateMs: sum(passes, (p) => p.generateMs),
    decodeMs: sum(passes, (p) => p.decodeMs),
  });

  if (!options.chunking || countTokens(text) <= limit.tokens) {
    const pass = await runPass(text, run, limit, ctx);
    return { ...pass.output, timings: totals([pass.timings]) };
  }
  const chunks = chunkSentences(splitSentences(text), countTokens, limit.tokens);
  const passes: Array<Awaited<ReturnType<typeof runPass>>> = [];
  for (const [index, chunk] of chunks.entries()) {
    ctx.emit({ type: 'chunk', index, count: chunks.length, final: false });
    passes.push(await runPass(chunk.text, run, limit, ctx));
  }
  const outputs = passes.map((p) => p.output.text);
  if (options.combine) {
    ctx.emit({ type: 'chunk', index: chunks.length, count: chunks.length, final: true });
    const final = await runPass(outputs.join(' '), run, limit, ctx);
    passes.push(final);
    return { ...final.output, chunks: outputs, timings: totals(passes.map((p) => p.timings)) };
  }
  const last = passes.at(-1)?.output;
  return {
    text: outputs.join(' '),
    tokenIds: passes.flatMap((p) => p.output.tokenIds),
    tokens: passes.flatMap((p) => p.output.tokens).map((t, step) => ({ ...t, step })),
    sequences: last?.sequences ?? [],
    rawText: passes.map((p) => p.output.rawText).join(' '),
    prompt: last?.prompt ?? '',
    chunks: outputs,
    timings: totals(passes.map((p) => p.timings)),
  };
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

/** The settings a generation ran with, as the `params` event reports them. */
export function settingsInForce(p: GenerationParams): ResolvedSettings {
  return {
    num_beams: p.num_beams,
    max_length: p.max_length,
    min_length: p.min_length,
    max_new_tokens: p.max_new_tokens,
    min_new_tokens: p.min_new_tokens,
    no_repeat_ngram_size: p.no_repeat_ngram_size,
    length_penalty: p.length_penalty,
    early_stopping: p.early_stopping,
    num_return_sequences: p.num_return_sequences,
    repetition_penalty: p.repetition_penalty,
    do_sample: p.do_sample,
    temperature: p.temperature,
    top_k: p.top_k,
    top_p: p.top_p,
    seed: p.seed,
  };
}
