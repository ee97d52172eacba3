/**
 * What a task handler gets: the job's context (id, events, cancellation), the run message (model
 * source, runtime request, options) and the worker's services. A new task is one handler entered
 * in `registry.ts`; it needs nothing else from the worker.
 */
import type { Capabilities, JobKind, JobOf, ResultOf, StorageInfo } from '../../src/shared/protocol/index.ts';
import type { ListingSessions } from '../hub/listing-sessions.ts';
import type { JobContext, RunMessage } from '../message-host.ts';
import type { CacheStorageLike } from '../model-store/index.ts';
import type { InferenceRuntime } from '../runtime/runtime-types.ts';
import type { ModelLoader } from './load-model.ts';
import type { Fetch } from './plan-download.ts';
import type { SerialQueue } from './serial-queue.ts';

export interface TaskServices {
  runtime: InferenceRuntime;
  /** Loads (or reuses) models of every kind, with runtime choice, fallback and progress. */
  models: ModelLoader;
  now(): number;
  /** The worker's `caches`, where the model store keeps files; null where there is none (Node). */
  storage: CacheStorageLike | null;
  estimate(): Promise<StorageInfo>;
  fetch: Fetch;
  /**
   * Work on WebGPU, one job at a time: onnxruntime-web fails a run that overlaps another session's
   * run or creation ("setPipeline … is not of type GPUComputePipeline", measured with two
   * Translation panes). On WASM runs interleave safely.
   */
  gpu: SerialQueue;
  /** What the worker probed of this device once (WebGPU adapter and its limits, memory). */
  capabilities(): Promise<Capabilities>;
  /** Hub listings left open between searches, so more rows read on from the next page. */
  hubListings: ListingSessions;
}

export interface TaskContext extends JobContext {
  readonly message: RunMessage;
  readonly services: TaskServices;
}

export interface TaskHandler<K extends JobKind> {
  /** What the job's messages name: its model, or its method for model-free jobs. */
  subject(job: JobOf<K>): string;
  run(job: JobOf<K>, ctx: TaskContext): Promise<ResultOf<K>>;
}
