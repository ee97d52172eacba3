import type { Capabilities, Device, JobSpec } from '../src/shared/protocol.ts';
import { classifyError, JobFailure } from './error-classifier.ts';
import type { ErrorMapper, JobRunner } from './message-host.ts';
import { ModelCache } from './model-cache.ts';
import type { InferenceRuntime, Seq2SeqBundle } from './runtime-types.ts';
import type { RawTokenizer } from '../src/shared/tokenization/types.ts';
import { DownloadTracker } from './download-tracker.ts';
import type { JobContext, RunMessage } from './message-host.ts';
import { runExtract } from './tasks/extract.ts';
import { runTokenize } from './tasks/tokenize.ts';
import { runSummarize } from './tasks/summarize.ts';

/** Error codes that, on WebGPU, mean the session itself failed (not the download or the input). */
const SESSION_FAILURE_CODES = new Set(['corrupt-model', 'internal', 'unsupported-model']);

export function createJobRunner(runtime: InferenceRuntime): {
  run: JobRunner;
  capabilities: () => Promise<Capabilities>;
} {
  let capabilities: Promise<Capabilities> | null = null;
  const getCapabilities = () => (capabilities ??= runtime.probeCapabilities());
  const deps = {
    runtime,
    seq2seq: new ModelCache<Seq2SeqBundle>(),
    capabilities: getCapabilities,
    now: () => performance.now(),
  };
  const tokenizers = new ModelCache<{ raw: RawTokenizer; dispose(): Promise<void> }>();
  /** Tokenizers are small: keep each one (the lab compares several), keyed by source and id. */
  const getTokenizer = (model: string, message: RunMessage, ctx: JobContext) => {
    const key = `${message.source.kind}:${message.source.location}|${model}`;
    const tracker = new DownloadTracker();
    return tokenizers
      .get(key, key, async () => {
        ctx.emit({ type: 'status', stage: 'loading' });
        const raw = await runtime.loadTokenizer({ model, source: message.source }, (p) => {
          tracker.apply(p);
          if (p.status !== 'progress') ctx.emit({ type: 'progress', ...tracker.snapshot() });
        });
        return { raw, dispose: async () => undefined };
      })
      .then((entry) => entry.raw);
  };
  const run: JobRunner = async (message, ctx) => {
    const { job } = message;
    switch (job.kind) {
      case 'summarize':
        return runSummarize(job, message, ctx, deps);
      case 'extract':
        return runExtract(job, ctx, deps.now);
      case 'tokenize':
        return runTokenize(job, {
          getTokenizer: (model) => getTokenizer(model, message, ctx),
          now: deps.now,
        });
      default: {
        const unreachable: never = job;
        throw new Error(`Unknown job ${JSON.stringify(unreachable)}`);
      }
    }
  };
  return { run, capabilities: getCapabilities };
}

/**
 * Maps errors to protocol errors. On WebGPU a session failure becomes `webgpu-failed`, which
 * the client answers by replacing the worker and retrying on WASM (a failed WebGPU session
 * poisons the worker it ran in).
 */
export function createErrorMapper(deviceOf: (jobId: string) => Device | undefined): ErrorMapper {
  return (error, message) => {
    const device = deviceOf(message.jobId) ?? 'wasm';
    const ctx = { model: subjectOf(message.job), source: message.source, device, online: navigatorOnline() };
    const mapped = classifyError(error, ctx);
    if (device === 'webgpu' && !(error instanceof JobFailure) && SESSION_FAILURE_CODES.has(mapped.code)) {
      return {
        code: 'webgpu-failed',
        message: `WebGPU failed while running "${subjectOf(message.job)}" (${error instanceof Error ? error.message : String(error)}).`,
        retryable: true,
      };
    }
    return mapped;
  };
}

/** What a job's messages name: its model, or the method for model-free jobs. */
function subjectOf(job: JobSpec): string {
  return job.kind === 'extract' ? `${job.method} extractive summary` : job.model;
}

function navigatorOnline(): boolean {
  return globalThis.navigator?.onLine ?? true;
}
