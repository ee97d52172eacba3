import type { ResolvedSettings } from '../../src/shared/generation-settings.ts';
import type { Capabilities, SummarizeJob, SummaryResult } from '../../src/shared/protocol.ts';
import { inputLimit, type InputLimit } from '../../src/shared/input-limit.ts';
import { DEFAULT_SUMMARIZATION_MODEL } from '../../src/shared/model-catalog.ts';
import { modelIdError } from '../../src/shared/model-id.ts';
import { chooseRuntime } from '../../src/shared/runtime-policy.ts';
import { splitSentences } from '../../src/shared/extractive/sentences.ts';
import { chunkSentences } from '../../src/shared/extractive/chunks.ts';
import { JobFailure } from '../error-classifier.ts';
import { decoderPrefix, generate } from '../generation/engine.ts';
import { resolveGenerationParams, taskPrefix, validateGenerationParams } from '../generation/params.ts';
import type { GenerationParams } from '../generation/types.ts';
import type { JobContext, RunMessage } from '../message-host.ts';
import type { ModelCache } from '../model-cache.ts';
import type { InferenceRuntime, Seq2SeqBundle } from '../runtime-types.ts';
import { withCancelPoints } from './cancel-points.ts';
import { createStepStreamer, toBeamView } from './generation-stream.ts';
import { loadWithProgress } from './load-with-progress.ts';

export interface TaskDeps {
  runtime: InferenceRuntime;
  seq2seq: ModelCache<Seq2SeqBundle>;
  capabilities: () => Promise<Capabilities>;
  now: () => number;
}

const SLOW_STEP_MS = 25;

function validate(job: SummarizeJob): void {
  if (job.text.trim() === '') {
    throw new JobFailure({
      code: 'empty-input',
      message: 'There is no text to summarize. Paste an article first.',
      retryable: false,
    });
  }
  const idError = modelIdError(job.model, DEFAULT_SUMMARIZATION_MODEL);
  if (idError !== null) throw new JobFailure(idError);
}

interface Pass {
  result: Omit<SummaryResult, 'kind' | 'timings' | 'chunks'>;
  tokenizeMs: number;
  encodeMs: number;
  generateMs: number;
  decodeMs: number;
}

/**
 * One summarization pass, stage by stage: prompt → tokenizer → encoder → decoding → decode.
 * Every stage reports what it produced and how long it took.
 */
async function summarizeOnce(
  text: string,
  prefix: string,
  limit: InputLimit,
  bundle: Seq2SeqBundle,
  params: GenerationParams,
  message: RunMessage,
  ctx: JobContext,
  deps: TaskDeps,
): Promise<Pass> {
  const { tokenizer } = bundle;
  const prompt = prefix + text;
  ctx.emit({ type: 'prompt', prefix, prompt });

  const t0 = deps.now();
  ctx.emit({ type: 'status', stage: 'tokenizing' });
  // `skip-input-limit` (a test fault) feeds the model more tokens than it has positions for, to
  // provoke a real failure inside onnxruntime.
  const bounded = !message.options?.faults?.includes('skip-input-limit');
  const encoding = tokenizer.encode(prompt, {
    addSpecialTokens: true,
    ...(bounded ? { maxLength: limit.tokens } : {}),
  });
  ctx.emit({
    type: 'tokenized',
    tokens: encoding.tokens,
    ids: encoding.ids,
    attentionMask: encoding.attentionMask,
    limit,
    truncated: encoding.truncated,
  });
  ctx.throwIfCancelled();

  const t1 = deps.now();
  ctx.emit({ type: 'status', stage: 'generating' });
  const slow = message.options?.faults?.includes('slow-steps') ?? false;
  const stepModel = withCancelPoints(bundle.createStepModel(), ctx, slow ? SLOW_STEP_MS : 0);
  const input = { inputIds: encoding.ids, attentionMask: encoding.attentionMask };
  const prefixLength = decoderPrefix(stepModel, input, params).length;
  const streamStep = createStepStreamer(tokenizer, ctx, prefixLength);
  let encodeMs = 0;
  let announcedEncoder = false;
  try {
    const generated = await generate(stepModel, input, params, {
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
    const t2 = deps.now();
    const sequences = generated.sequences.map((s) => toBeamView(tokenizer, s, prefixLength));
    const best = sequences[0] ?? { tokenIds: [], score: 0, text: '' };
    const rawText = tokenizer.decode(best.tokenIds, { skipSpecialTokens: false });
    return {
      result: { text: best.text, tokenIds: best.tokenIds, sequences, rawText },
      tokenizeMs: t1 - t0,
      encodeMs,
      generateMs: t2 - t1 - encodeMs,
      decodeMs: deps.now() - t2,
    };
  } finally {
    await stepModel.dispose();
  }
}

export async function runSummarize(
  job: SummarizeJob,
  message: RunMessage,
  ctx: JobContext,
  deps: TaskDeps,
): Promise<SummaryResult> {
  validate(job);
  const choice = chooseRuntime(await deps.capabilities(), message.runtime);
  const reason = message.options?.fallbackFrom?.reason ?? choice.reason;
  ctx.emit({
    type: 'runtime',
    runtime: {
      device: choice.device,
      dtype: choice.dtype,
      fellBack: reason !== undefined,
      ...(reason ? { reason } : {}),
    },
  });

  const t0 = deps.now();
  ctx.emit({ type: 'status', stage: 'loading' });
  const bundle = await loadWithProgress(job.model, message, ctx, deps, choice);
  ctx.throwIfCancelled();
  const loadMs = deps.now() - t0;

  const { tokenizer } = bundle;
  const prefix = job.prefix ?? taskPrefix(bundle.config, 'summarization');
  const limit = inputLimit(
    Number.isFinite(tokenizer.modelMaxLength) ? tokenizer.modelMaxLength : null,
    bundle.config,
  );
  const params = resolveGenerationParams({
    config: bundle.config,
    generationConfig: bundle.generationConfig,
    task: 'summarization',
    overrides: job.generation,
  });
  try {
    validateGenerationParams(params);
  } catch (error) {
    // A combination of settings Python's generate refuses too: say which, before any work.
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobFailure({
      code: 'invalid-settings',
      message: `These generation settings do not work together: ${reason}`,
      retryable: false,
    });
  }
  ctx.emit({ type: 'params', params: settingsInForce(params) });
  const countTokens = (text: string) =>
    tokenizer.encode(prefix + text, { addSpecialTokens: true }).ids.length;
  const once = (text: string) => summarizeOnce(text, prefix, limit, bundle, params, message, ctx, deps);

  if (job.chunking !== 'auto' || countTokens(job.text) <= limit.tokens) {
    const pass = await once(job.text);
    return { kind: 'summarize', ...pass.result, timings: { loadMs, ...timingsOf([pass]) } };
  }

  // Too long for the model: summarize sentence-aligned chunks that fit, then their summaries.
  const chunks = chunkSentences(splitSentences(job.text), (text) => countTokens(text), limit.tokens);
  const passes: Pass[] = [];
  for (const [index, chunk] of chunks.entries()) {
    ctx.emit({ type: 'chunk', index, count: chunks.length, final: false });
    passes.push(await once(chunk.text));
  }
  const summaries = passes.map((p) => p.result.text);
  ctx.emit({ type: 'chunk', index: chunks.length, count: chunks.length, final: true });
  const final = await once(summaries.join(' '));
  passes.push(final);
  return { kind: 'summarize', ...final.result, chunks: summaries, timings: { loadMs, ...timingsOf(passes) } };
}

function settingsInForce(p: GenerationParams): ResolvedSettings {
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

function timingsOf(passes: Pass[]) {
  const sum = (pick: (p: Pass) => number) => passes.reduce((total, p) => total + pick(p), 0);
  return {
    tokenizeMs: sum((p) => p.tokenizeMs),
    encodeMs: sum((p) => p.encodeMs),
    generateMs: sum((p) => p.generateMs),
    decodeMs: sum((p) => p.decodeMs),
  };
}
