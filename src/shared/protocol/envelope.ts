/**
 * The typed protocol between the UI thread and the inference worker. Every job has an id and
 * ends with exactly one terminal event: `done`, `cancelled` or `error`. No DOM, no React, no
 * transformers.js here: both sides import this file.
 */
import type { ResolvedSettings } from '../generation-settings.ts';
import type { InputLimit } from '../input-limit.ts';
import type { BeamStep, GeneratedToken } from './generation.ts';
import type { Capabilities, ModelSource, RunOptions, RuntimeInfo, RuntimeRequest } from './runtime.ts';
import type { JobItem, JobResult, JobSpec } from './task-map.ts';
import type { MemoryEstimate, PromptConstruction } from './tasks/generate.ts';

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

/**
 * Where a load's files come from: `download` from the model host (or the local model folder),
 * `bundled` from the app's own files (the tokenizers it ships): loaded, never downloaded.
 */
export type FilesOrigin = 'download' | 'bundled';

export interface FileProgress {
  file: string;
  loaded: number;
  total: number;
  done: boolean;
}

export type ErrorCode =
  | 'empty-input'
  | 'invalid-settings'
  | 'model-not-found'
  | 'file-not-found'
  | 'network'
  | 'offline'
  | 'corrupt-model'
  | 'unsupported-model'
  /** The model needs more memory than this device gives a tab: refused before the download. */
  | 'model-too-big'
  | 'quota-exceeded'
  | 'webgpu-failed'
  /** A session could not be created on q8 weights; the client retries with fp32 in a fresh worker. */
  | 'dtype-failed'
  /** The model failed while running (onnxruntime raised); the worker is replaced after it. */
  | 'model-failed'
  | 'worker-crashed'
  | 'internal';

export interface JobError {
  code: ErrorCode;
  /** For people: what happened and what to do. Never a raw stack or a build path. */
  message: string;
  /** Whether running the same job again may succeed (a cut download may; a bad input never). */
  retryable: boolean;
  /** The technical detail (the runtime's own message), shown collapsed. */
  details?: string;
}

export type JobStage = 'loading' | 'tokenizing' | 'generating' | 'extracting' | 'classifying';

export type FromWorker =
  | { type: 'capabilities'; capabilities: Capabilities }
  | { type: 'status'; jobId: string; stage: JobStage }
  | {
      type: 'progress';
      jobId: string;
      files: FileProgress[];
      loaded: number;
      total: number;
      origin: FilesOrigin;
    }
  | { type: 'runtime'; jobId: string; runtime: RuntimeInfo }
  /** A download plan: what will be fetched and its total size, known before it starts. */
  | {
      type: 'plan';
      jobId: string;
      model: string;
      files: Array<{ file: string; bytes: number }>;
      totalBytes: number;
    }
  /** Something the person should know that does not stop the job (e.g. storage full). */
  | { type: 'notice'; jobId: string; message: string }
  // The glass box of a generation task, stage by stage.
  | { type: 'params'; jobId: string; params: ResolvedSettings }
  | {
      type: 'prompt';
      jobId: string;
      prefix: string;
      prompt: string;
      /** Generate: how the prompt was built (chat template or raw). */
      construction?: PromptConstruction;
    }
  /** Generate: the size and memory a model needs on this device, before it is loaded. */
  | { type: 'estimate'; jobId: string; estimate: MemoryEstimate }
  | {
      type: 'tokenized';
      jobId: string;
      tokens: string[];
      ids: number[];
      attentionMask: number[];
      /** The model's input limit: the smaller of `model_max_length` and the config's positions. */
      limit: InputLimit;
      /** Content tokens cut by truncation (special tokens are kept, as in Python). */
      truncated: number;
    }
  | { type: 'encoded'; jobId: string; shape: number[]; ms: number }
  | { type: 'tokens'; jobId: string; tokens: GeneratedToken[] }
  | { type: 'beams'; jobId: string; beams: BeamStep }
  | { type: 'chunk'; jobId: string; index: number; count: number; final: boolean }
  /** A batch task's results so far: the new items, and how many inputs are done of how many. */
  | { type: 'items'; jobId: string; items: JobItem[]; done: number; total: number }
  | { type: 'done'; jobId: string; result: JobResult }
  | { type: 'cancelled'; jobId: string }
  /**
   * `resetWorker`: the failure may have left the runtime in a broken state (onnxruntime-web keeps
   * failing every later run in the same worker), so the client replaces the worker.
   */
  | { type: 'error'; jobId: string; error: JobError; resetWorker?: true };

export type TerminalEvent = Extract<FromWorker, { type: 'done' | 'cancelled' | 'error' }>;

export function isTerminal(event: FromWorker): event is TerminalEvent {
  return event.type === 'done' || event.type === 'cancelled' || event.type === 'error';
}

/** The job id of an event, or null for worker-wide events. */
export function jobIdOf(event: FromWorker): string | null {
  return event.type === 'capabilities' ? null : event.jobId;
}
