/**
 * Text generation with a decoder-only model, as a glass box: model & memory (before any weights
 * download) → prompt construction (chat template or raw) → tokenizer → our engine with the KV
 * cache, each step's logits stages traced → decode.
 */
import { DEFAULT_GENERATION_MODEL } from '../../src/shared/model-catalog.ts';
import { estimateMemory } from '../../src/shared/generation/memory-estimate.ts';
import { inputLimit } from '../../src/shared/input-limit.ts';
import { formatBytes } from '../../src/shared/format.ts';
import { chooseRuntime } from '../../src/shared/runtime-policy.ts';
import type { GenerateResult } from '../../src/shared/protocol/index.ts';
import { encodeForModel } from '../../src/shared/tokenization/encode-for-model.ts';
import { JobFailure } from '../error-classifier.ts';
import { generate as runEngine } from '../generation/engine.ts';
import { taskStepModel } from './cancel-points.ts';
import { buildPrompt, checkLength, checkSettings, requireDecoderOnly } from './generate-prompt.ts';
import { weightFiles } from './weight-files.ts';
import { createStepStreamer, toBeamView, tokensOf } from './generation-stream.ts';
import { requireModelId, requireText } from './job-input.ts';
import { resolveSeq2SeqParams, settingsInForce } from './seq2seq-pipeline.ts';
import { resolveGenerationParams } from '../generation/params.ts';
import { deviceMemory } from '../runtime/capabilities.ts';
import type { TaskHandler } from './task-context.ts';

export const generate: TaskHandler<'generate'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireText(
      job.text,
      'There is no prompt. Type the text the model should continue, or for a chat model your message.',
    );
    requireModelId(job.model, DEFAULT_GENERATION_MODEL);
    checkSettings(job.generation);
    const { now } = ctx.services;
    const t0 = now();

    // Model & memory: config.json and the tokenizer are small; the weights wait for the estimate.
    const config = await ctx.services.models.load('config', job.model, ctx);
    ctx.throwIfCancelled();
    requireDecoderOnly(job.model, config);
    const raw = await ctx.services.models.load('tokenizer', job.model, ctx);
    ctx.throwIfCancelled();

    const built = buildPrompt(job, raw);
    ctx.emit({ type: 'prompt', prefix: '', prompt: built.text, construction: built.construction });
    const t1 = now();
    ctx.emit({ type: 'status', stage: 'tokenizing' });
    const encoding = encodeForModel(raw, built.text, {
      addSpecialTokens: built.construction.addSpecialTokens,
    });
    if (encoding.ids.length === 0) {
      throw new JobFailure({
        code: 'empty-input',
        message: 'The prompt encodes to no tokens at all: type some text for the model to continue.',
        retryable: false,
      });
    }
    // A decoder-only model's context: the prompt and every new token share these positions.
    const limit = inputLimit(raw.modelMaxLength, config);
    const context = limit.source === 'default' ? null : limit.tokens;
    ctx.emit({
      type: 'tokenized',
      tokens: encoding.tokens,
      ids: encoding.ids,
      attentionMask: encoding.attentionMask,
      limit,
      truncated: 0,
    });
    const tokenizeMs = now() - t1;

    const choice = chooseRuntime(await ctx.services.runtime.probeCapabilities(), ctx.message.runtime);
    // Settings known from config.json alone (generation_config.json comes with the weights).
    const early = resolveGenerationParams({ config, overrides: job.generation });
    const newTokens = early.max_new_tokens ?? early.max_length - encoding.ids.length;
    checkLength(encoding.ids.length, newTokens, context);
    const files = await weightFiles(ctx, job.model, config, choice.dtype);
    const estimate = estimateMemory({
      model: job.model,
      config,
      device: choice.device,
      dtype: choice.dtype,
      files,
      tokens: encoding.ids.length + newTokens,
      rows: early.num_beams > 1 ? early.num_beams : early.do_sample ? early.num_return_sequences : 1,
      budget: { deviceMemoryGiB: deviceMemory() },
    });
    ctx.emit({ type: 'estimate', estimate });
    if (!estimate.fits) {
      throw new JobFailure({
        code: 'model-too-big',
        message: `"${job.model}" in ${choice.dtype} needs about ${formatBytes(estimate.totalBytes)} (${formatBytes(estimate.weightsBytes ?? 0)} of weights and ${formatBytes(estimate.kvCacheBytes)} of KV cache for ${estimate.tokens} tokens), more than this device gives a tab (${formatBytes(estimate.budgetBytes ?? 0)}, ${estimate.budgetSource}). Pick a smaller model or dtype (q4), or ask for fewer new tokens.`,
        retryable: false,
      });
    }

    const bundle = await ctx.services.models.load('causal', job.model, ctx);
    ctx.throwIfCancelled();
    const loadMs = now() - t0 - tokenizeMs;
    const params = resolveSeq2SeqParams(bundle, 'text-generation', job.generation);
    ctx.emit({ type: 'params', params: settingsInForce(params) });

    const t2 = now();
    ctx.emit({ type: 'status', stage: 'generating' });
    const stepModel = taskStepModel(bundle.createStepModel(), ctx);
    const prefixLength = encoding.ids.length;
    const streamStep = createStepStreamer(bundle.tokenizer, ctx, prefixLength);
    const input = { inputIds: encoding.ids, attentionMask: encoding.attentionMask };
    try {
      const run = () =>
        runEngine(stepModel, input, params, {
          shouldStop: () => ctx.cancelled,
          onStep: streamStep,
          traceStages: job.traceStages ?? true,
        });
      const generated = bundle.device === 'webgpu' ? await ctx.services.gpu.run(run) : await run();
      const t3 = now();
      const { tokenizer } = bundle;
      const sequences = generated.sequences.map((s) => toBeamView(tokenizer, s, prefixLength));
      const top = generated.sequences[0];
      const best = sequences[0] ?? { tokenIds: [], score: 0, text: '' };
      const last = best.tokenIds.at(-1);
      const result: GenerateResult = {
        kind: 'generate',
        text: tokenizer.decode(best.tokenIds, { skipSpecialTokens: true }),
        tokenIds: best.tokenIds,
        tokens: top ? tokensOf(tokenizer, top, prefixLength) : [],
        sequences,
        rawText: tokenizer.decode(best.tokenIds, { skipSpecialTokens: false }),
        prompt: built.text,
        timings: { loadMs, tokenizeMs, encodeMs: 0, generateMs: t3 - t2, decodeMs: now() - t3 },
        construction: built.construction,
        estimate,
        contextLength: context,
        stopReason: last !== undefined && params.eos_token_id.includes(last) ? 'eos' : 'max_new_tokens',
      };
      return result;
    } finally {
      await stepModel.dispose();
    }
  },
};
