/**
 * The typed protocol between the UI thread and the inference worker.
 * Every job has an id and ends with exactly one terminal event: `done`, `cancelled` or `error`.
 * No DOM, no React, no transformers.js here: both sides import this file.
 */
import type { GenerationSettings } from './generation-settings.ts';

export type Device = 'webgpu' | 'wasm';
export type DeviceChoice = Device | 'auto';
export const DTYPES = ['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'q4f16', 'bnb4'] as const;
export type Dtype = (typeof DTYPES)[number];
export type DtypeChoice = Dtype | 'auto';

/** Where models come from for one job. `hub` = remote host in the Hub's URL layout. */
export interface ModelSource {
  kind: 'hub' | 'local';
  /** Remote host like `https://huggingface.co` (hub) or app path like `/models/` (local). */
  location: string;
}

export interface RuntimeRequest {
  device: DeviceChoice;
  dtype: DtypeChoice;
}

export interface Capabilities {
  webgpu: boolean;
  adapter: { vendor: string; architecture: string; isFallbackAdapter: boolean } | null;
  shaderF16: boolean;
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
}

export interface SummarizeJob {
  kind: 'summarize';
  model: string;
  text: string;
  generation: GenerationSettings;
}

export type JobSpec = SummarizeJob;

/**
 * Conditions a test or a demo can inject on purpose (the `faults=` URL parameter):
 * `webgpu-session` makes WebGPU session creation fail; `slow-steps` waits 25 ms before each
 * decoder step, like a slow device, so a long generation can be watched and cancelled.
 */
export const INJECTED_FAULTS = ['webgpu-session', 'slow-steps'] as const;
export type InjectedFault = (typeof INJECTED_FAULTS)[number];

export interface RunOptions {
  /** Set when this is a retry after a WebGPU session failed: the UI must say so. */
  fallbackFrom?: { device: 'webgpu'; reason: string };
  faults?: InjectedFault[];
}

export type ToWorker =
  | {
      type: 'run';
      jobId: string;
      job: JobSpec;
      runtime: RuntimeRequest;
      source: ModelSource;
      options?: RunOptions;
    }
  | { type: 'cancel'; jobId: string };

export interface FileProgress {
  file: string;
  loaded: number;
  total: number;
  done: boolean;
}

export interface GeneratedToken {
  step: number;
  id: number;
  text: string;
  probability: number;
}

export interface RuntimeInfo {
  device: Device;
  dtype: Dtype;
  fellBack: boolean;
  /** Why the runtime differs from what was asked, when it does. */
  reason?: string;
}

export interface SummaryResult {
  kind: 'summarize';
  text: string;
  tokenIds: number[];
  timings: { loadMs: number; tokenizeMs: number; generateMs: number };
}

export type JobResult = SummaryResult;

export type ErrorCode =
  | 'empty-input'
  | 'model-not-found'
  | 'file-not-found'
  | 'network'
  | 'offline'
  | 'corrupt-model'
  | 'unsupported-model'
  | 'quota-exceeded'
  | 'webgpu-failed'
  | 'worker-crashed'
  | 'internal';

export interface JobError {
  code: ErrorCode;
  message: string;
  retryable: boolean;
}

export type FromWorker =
  | { type: 'capabilities'; capabilities: Capabilities }
  | { type: 'status'; jobId: string; stage: JobStage }
  | { type: 'progress'; jobId: string; files: FileProgress[]; loaded: number; total: number }
  | { type: 'runtime'; jobId: string; runtime: RuntimeInfo }
  | { type: 'tokenized'; jobId: string; tokens: string[]; ids: number[]; attentionMask: number[] }
  | { type: 'tokens'; jobId: string; tokens: GeneratedToken[] }
  | { type: 'done'; jobId: string; result: JobResult }
  | { type: 'cancelled'; jobId: string }
  | { type: 'error'; jobId: string; error: JobError };

export type JobStage = 'loading' | 'tokenizing' | 'generating';

export type TerminalEvent = Extract<FromWorker, { type: 'done' | 'cancelled' | 'error' }>;

export function isTerminal(event: FromWorker): event is TerminalEvent {
  return event.type === 'done' || event.type === 'cancelled' || event.type === 'error';
}

/** The job id of an event, or null for worker-wide events. */
export function jobIdOf(event: FromWorker): string | null {
  return event.type === 'capabilities' ? null : event.jobId;
}
