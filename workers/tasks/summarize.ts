import type { Capabilities, GeneratedToken, SummarizeJob, SummaryResult } from '../../src/shared/protocol.ts';
import { isValidModelId } from '../../src/shared/model-catalog.ts';
import { chooseRuntime, type RuntimeChoice } from '../../src/shared/runtime-policy.ts';
import { DownloadTracker } from '../download-tracker.ts';
import { JobFailure } from '../error-classifier.ts';
import { generate } from '../generation/engine.ts';
import { resolveGenerationParams, taskPrefix } from '../generation/params.ts';
import { withStepDelay } from '../generation/slow-step-model.ts';
import type { JobContext, RunMessage } from '../message-host.ts';
import type { ModelCache } from '../model-cache.ts';
import type { InferenceRuntime, Seq2SeqBundle } from '../runtime-types.ts';

export interface TaskDeps {
  runtime: InferenceRuntime;
  seq2seq: ModelCache<Seq2SeqBundle>;
  capabilities: () => Promise<Capabilities>;
  now: () => number;
}

/** Fallback when a tokenizer does not declare `model_max_length`. */
const DEFAULT_MAX_INPUT_TOKENS = 512;
const PROGRESS_INTERVAL_MS = 100;
const SLOW_STEP_MS = 25;

function validate(job: SummarizeJob): void {
  if (job.text.trim() === '') {
    throw new JobFailure({
      code: 'empty-input',
      message: 'There is no text to summarize. Paste an article first.',
      retryable: false,
    });
  }
  if (!isValidModelId(job.model)) {
    throw new JobFailure({
      code: 'model-not-found',
      message: `"${job.model}" is not a model id. Use the form org/name, for example "Xenova/distilbart-cnn-6-6".`,
      retryable: false,
    });
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
  const fallbackFrom = message.options?.fallbackFrom;
  const reason = fallbackFrom?.reason ?? choice.reason;
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
  const bundle = await loadWithProgress(job, message, ctx, deps, choice);
  ctx.throwIfCancelled();

  const t1 = deps.now();
  ctx.emit({ type: 'status', stage: 'tokenizing' });
  const prompt = taskPrefix(bundle.config, 'summarization') + job.text;
  const { tokenizer } = bundle;
  const maxInput = Number.isFinite(tokenizer.modelMaxLength)
    ? tokenizer.modelMaxLength
    : DEFAULT_MAX_INPUT_TOKENS;
  const encoding = tokenizer.encode(prompt, { addSpecialTokens: true, maxLength: maxInput });
  ctx.emit({
    type: 'tokenized',
    tokens: encoding.tokens,
    ids: encoding.ids,
    attentionMask: encoding.attentionMask,
  });

  const t2 = deps.now();
  ctx.emit({ type: 'status', stage: 'generating' });
  const faults = message.options?.faults ?? [];
  const stepModel = faults.includes('slow-steps')
    ? withStepDelay(bundle.createStepModel(), SLOW_STEP_MS)
    : bundle.createStepModel();
  const params = resolveGenerationParams({
    config: bundle.config,
    generationConfig: bundle.generationConfig,
    task: 'summarization',
    overrides: job.generation,
  });
  const generated: number[] = [];
  let text = '';
  try {
    const result = await generate(
      stepModel,
      { inputIds: encoding.ids, attentionMask: encoding.attentionMask },
      params,
      {
        shouldStop: () => ctx.cancelled,
        onStep: (event) => {
          if (event.kind !== 'token') return;
          generated.push(event.tokenId);
          const next = tokenizer.decode(generated, { skipSpecialTokens: true });
          const piece = next.startsWith(text) ? next.slice(text.length) : next;
          text = next;
          const token: GeneratedToken = {
            step: event.step,
            id: event.tokenId,
            text: piece,
            probability: event.probability,
          };
          ctx.emit({ type: 'tokens', tokens: [token] });
        },
      },
    );
    const best = result.sequences[0];
    const tokenIds = best ? best.tokenIds : [];
    return {
      kind: 'summarize',
      text: tokenizer.decode(tokenIds, { skipSpecialTokens: true }).trim(),
      tokenIds,
      timings: { loadMs: t1 - t0, tokenizeMs: t2 - t1, generateMs: deps.now() - t2 },
    };
  } finally {
    await stepModel.dispose();
  }
}

async function loadWithProgress(
  job: SummarizeJob,
  message: RunMessage,
  ctx: JobContext,
  deps: TaskDeps,
  choice: RuntimeChoice,
): Promise<Seq2SeqBundle> {
  const tracker = new DownloadTracker();
  let lastSent = 0;
  const send = () => ctx.emit({ type: 'progress', ...tracker.snapshot() });
  const request = { model: job.model, source: message.source, device: choice.device, dtype: choice.dtype };
  if (choice.device === 'webgpu' && message.options?.faults?.includes('webgpu-session')) {
    throw new Error('Injected WebGPU session failure (faults=webgpu-session).');
  }
  const key = `${message.source.kind}:${message.source.location}|${job.model}|${choice.device}|${choice.dtype}`;
  const bundle = await deps.seq2seq.get('seq2seq', key, () =>
    deps.runtime.loadSeq2Seq(request, (p) => {
      tracker.apply(p);
      const now = deps.now();
      if (p.status !== 'progress' || now - lastSent >= PROGRESS_INTERVAL_MS) {
        lastSent = now;
        send();
      }
    }),
  );
  if (tracker.snapshot().files.length > 0) send();
  return bundle;
}
