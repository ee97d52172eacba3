import type { Capabilities, Device } from '../src/shared/protocol.ts';
import { classifyError, JobFailure } from './error-classifier.ts';
import type { ErrorMapper, JobRunner } from './message-host.ts';
import { ModelCache } from './model-cache.ts';
import type { InferenceRuntime, Seq2SeqBundle } from './runtime-types.ts';
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
  const run: JobRunner = async (message, ctx) => {
    const { job } = message;
    switch (job.kind) {
      case 'summarize':
        return runSummarize(job, message, ctx, deps);
      default: {
        const unreachable: never = job.kind;
        throw new Error(`Unknown job kind ${String(unreachable)}`);
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
    const ctx = { model: message.job.model, source: message.source, device, online: navigatorOnline() };
    const mapped = classifyError(error, ctx);
    if (device === 'webgpu' && !(error instanceof JobFailure) && SESSION_FAILURE_CODES.has(mapped.code)) {
      return {
        code: 'webgpu-failed',
        message: `WebGPU failed while running "${message.job.model}" (${error instanceof Error ? error.message : String(error)}).`,
        retryable: true,
      };
    }
    return mapped;
  };
}

function navigatorOnline(): boolean {
  return globalThis.navigator?.onLine ?? true;
}
