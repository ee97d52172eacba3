import type { StorageInfo } from '../src/shared/model-inventory.ts';
import type { Capabilities, Device, ErrorCode, JobError, JobSpec } from '../src/shared/protocol.ts';
import { classifyError, JobFailure, shortReason } from './error-classifier.ts';
import type { ErrorMapper, JobRunner } from './message-host.ts';
import { ModelCache } from './model-cache.ts';
import type { CacheStorageLike } from './model-store/index.ts';
import type { InferenceRuntime, Seq2SeqBundle } from './runtime-types.ts';
import { runExtract } from './tasks/extract.ts';
import { deleteModels, listModels, prefetchModels } from './tasks/models.ts';
import { runSummarize } from './tasks/summarize.ts';
import { createTokenizerLoader } from './tasks/tokenizer-loader.ts';
import { runTokenize } from './tasks/tokenize.ts';

/** Error codes that, on WebGPU, mean the session itself failed (not the download or the input). */
const SESSION_FAILURE_CODES = new Set<ErrorCode>([
  'corrupt-model',
  'internal',
  'model-failed',
  'unsupported-model',
]);

export interface RunnerEnvironment {
  /** The worker's `caches`, where the model store keeps files; null where there is none (Node). */
  storage: CacheStorageLike | null;
}

export function createJobRunner(
  runtime: InferenceRuntime,
  environment: RunnerEnvironment = { storage: null },
): { run: JobRunner; capabilities: () => Promise<Capabilities> } {
  let capabilities: Promise<Capabilities> | null = null;
  const getCapabilities = () => (capabilities ??= runtime.probeCapabilities());
  const deps = {
    runtime,
    seq2seq: new ModelCache<Seq2SeqBundle>(),
    capabilities: getCapabilities,
    now: () => performance.now(),
  };
  const getTokenizer = createTokenizerLoader(runtime);
  const modelsDeps = {
    storage: environment.storage,
    runtime,
    capabilities: getCapabilities,
    estimate: estimateStorage,
    fetch: (url: string, init?: RequestInit) => fetch(url, init),
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
      case 'models-list':
        return listModels(modelsDeps);
      case 'models-delete': {
        const result = await deleteModels(job, modelsDeps);
        // Loaded models may hold the deleted files' sessions: forget them so the next job reloads.
        deps.seq2seq.clear();
        return result;
      }
      case 'prefetch':
        return prefetchModels(job, message.source, message.runtime, ctx, modelsDeps);
      default: {
        const unreachable: never = job;
        throw new Error(`Unknown job ${JSON.stringify(unreachable)}`);
      }
    }
  };
  return { run, capabilities: getCapabilities };
}

async function estimateStorage(): Promise<StorageInfo> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return { usage: null, quota: null, persisted: null };
  const estimate = await storage.estimate();
  const persisted = storage.persisted ? await storage.persisted() : null;
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
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
      const raw = error instanceof Error ? error.message : String(error);
      return {
        code: 'webgpu-failed',
        message: `WebGPU failed while running "${subjectOf(message.job)}" (${shortReason(raw)}).`,
        retryable: true,
        details: raw,
      };
    }
    return mapped;
  };
}

/**
 * Errors after which the worker is replaced. onnxruntime-web keeps failing every later run in a
 * worker where one run failed (measured: a fresh session for another model then fails with the
 * first run's message), and an unknown error may have left anything half-made.
 */
const WORKER_RESET_CODES: ReadonlySet<ErrorCode> = new Set(['model-failed', 'corrupt-model', 'internal']);

export function resetsWorker(error: JobError): boolean {
  return WORKER_RESET_CODES.has(error.code);
}

/** What a job's messages name: its model, or the method for model-free jobs. */
function subjectOf(job: JobSpec): string {
  switch (job.kind) {
    case 'extract':
      return `${job.method} extractive summary`;
    case 'models-list':
    case 'models-delete':
      return 'the model cache';
    case 'prefetch':
      return job.models.map((m) => m.model).join(', ');
    default:
      return job.model;
  }
}

function navigatorOnline(): boolean {
  return globalThis.navigator?.onLine ?? true;
}
