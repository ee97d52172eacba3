import type { Capabilities, Device, ErrorCode, JobError, StorageInfo } from '../src/shared/protocol/index.ts';
import { classifyError, JobFailure, shortReason } from './error-classifier.ts';
import type { ErrorMapper, JobRunner } from './message-host.ts';
import type { CacheStorageLike } from './model-store/index.ts';
import type { InferenceRuntime } from './runtime/runtime-types.ts';
import { ListingSessions } from './hub/listing-sessions.ts';
import { createModelLoader } from './tasks/load-model.ts';
import { SerialQueue } from './tasks/serial-queue.ts';
import { runTask, subjectOf } from './tasks/registry.ts';
import type { TaskServices } from './tasks/task-context.ts';

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
  fetch?: TaskServices['fetch'];
  estimate?: () => Promise<StorageInfo>;
  now?: () => number;
}

/** The worker's side: every job goes to its task's handler, with the shared services. */
export function createJobRunner(
  runtime: InferenceRuntime,
  environment: RunnerEnvironment = { storage: null },
): { run: JobRunner; capabilities: () => Promise<Capabilities> } {
  let capabilities: Promise<Capabilities> | null = null;
  const getCapabilities = () => (capabilities ??= runtime.probeCapabilities());
  const now = environment.now ?? (() => performance.now());
  const gpu = new SerialQueue();
  const services: TaskServices = {
    runtime,
    models: createModelLoader(runtime, getCapabilities, now, gpu),
    gpu,
    now,
    storage: environment.storage,
    estimate: environment.estimate ?? estimateStorage,
    fetch: environment.fetch ?? ((url, init) => fetch(url, init)),
    capabilities: getCapabilities,
    hubListings: new ListingSessions(),
  };
  const run: JobRunner = (message, job) =>
    runTask(message.job, {
      jobId: job.jobId,
      get cancelled() {
        return job.cancelled;
      },
      emit: job.emit,
      throwIfCancelled: job.throwIfCancelled,
      message,
      services,
    });
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
    const subject = subjectOf(message.job);
    const ctx = { model: subject, source: message.source, device, online: navigatorOnline() };
    const mapped = classifyError(error, ctx);
    if (device === 'webgpu' && !(error instanceof JobFailure) && SESSION_FAILURE_CODES.has(mapped.code)) {
      const raw = error instanceof Error ? error.message : String(error);
      return {
        code: 'webgpu-failed',
        message: `WebGPU failed while running "${subject}" (${shortReason(raw)}).`,
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

function navigatorOnline(): boolean {
  return globalThis.navigator?.onLine ?? true;
}
