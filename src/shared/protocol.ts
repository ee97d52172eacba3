/**
 * The typed protocol between the UI thread and the inference worker.
 * Every job has an id and ends with exactly one terminal event: `done`, `cancelled` or `error`.
 * No DOM, no React, no transformers.js here: both sides import this file.
 */
import type { GenerationSettings, ResolvedSettings } from './generation-settings.ts';
import type {
  ModelsDeleteJob,
  ModelsDeleteResult,
  ModelsListJob,
  ModelsListResult,
  PrefetchJob,
  PrefetchResult,
} from './model-inventory.ts';
import type { InputLimit } from './input-limit.ts';
import type { TokenizeJob, TokenizeResult } from './tokenization/types.ts';

export type Device = 'webgpu' | 'wasm';
export type DeviceChoice = Device | 'auto';
// One table of dtypes and their ONNX file suffixes serves the app, the worker and models:pull.
export { DTYPES, type Dtype } from './model-files/dtypes.ts';
import type { Dtype } from './model-files/dtypes.ts';
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
  /** Threads onnxruntime-web's WASM backend runs on (1 unless the page is cross-origin isolated). */
  wasmThreads: number;
}

export interface SummarizeJob {
  kind: 'summarize';
  model: string;
  text: string;
  generation: GenerationSettings;
  /** The prompt prefix; undefined = the model's own (`task_specific_params`, e.g. "summarize: "). */
  prefix?: string;
  /** `auto`: an article longer than the model's limit is summarized in chunks, then the summaries. */
  chunking?: 'off' | 'auto';
}

export type ExtractiveMethod = 'lead' | 'textrank';

/** Extractive summarization: picks sentences, needs no model and no network. */
export interface ExtractJob {
  kind: 'extract';
  text: string;
  method: ExtractiveMethod;
  count: number;
}

export type JobSpec = SummarizeJob | ExtractJob | TokenizeJob | ModelsListJob | ModelsDeleteJob | PrefetchJob;

/**
 * Conditions a test or a demo can inject on purpose (the `faults=` URL parameter):
 * `webgpu-session` makes WebGPU session creation fail; `slow-steps` waits 25 ms before each
 * decoder step, like a slow device, so a long generation can be watched and cancelled;
 * `skip-input-limit` does not truncate the input to the model's limit, so a long article makes
 * onnxruntime fail for real (a runtime failure the page must recover from).
 */
export const INJECTED_FAULTS = ['webgpu-session', 'slow-steps', 'skip-input-limit'] as const;
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

export interface TokenAlternative {
  id: number;
  text: string;
  probability: number;
}

export interface GeneratedToken {
  step: number;
  id: number;
  text: string;
  probability: number;
  /** The most probable tokens at this step (after logits processing), best first. */
  alternatives: TokenAlternative[];
}

/** One beam-search hypothesis: generated ids (after the decoder start), score and text. */
export interface BeamView {
  tokenIds: number[];
  score: number;
  text: string;
}

export interface BeamStep {
  step: number;
  /** Live beams; score = sum of log-probabilities so far. None at the step that reaches max_length. */
  beams: BeamView[];
  /** Finished hypotheses so far, best first; score includes the length penalty. */
  finished: BeamView[];
}

export interface RuntimeInfo {
  device: Device;
  dtype: Dtype;
  fellBack: boolean;
  /** Why the runtime differs from what was asked, when it does. */
  reason?: string;
}

export interface StageTimings {
  loadMs: number;
  tokenizeMs: number;
  encodeMs: number;
  generateMs: number;
  decodeMs: number;
}

export interface SummaryResult {
  kind: 'summarize';
  /** The best sequence, decoded with skip_special_tokens. */
  text: string;
  /** Its generated ids (after the decoder start token). */
  tokenIds: number[];
  /** Every returned sequence, best first (num_return_sequences), with its score. */
  sequences: BeamView[];
  /** The same sequence decoded with its special tokens, for the decode stage. */
  rawText: string;
  timings: StageTimings;
  /** Set when the article was summarized in chunks: each chunk's summary, in order. */
  chunks?: string[];
}

export interface ExtractedSentence {
  text: string;
  start: number;
  end: number;
  score: number;
  /** 1 = highest score. */
  rank: number;
  chosen: boolean;
}

export interface ExtractResult {
  kind: 'extract';
  method: ExtractiveMethod;
  /** Every sentence of the article in order, with its score. */
  sentences: ExtractedSentence[];
  /** The chosen sentences joined in original order. */
  text: string;
  ms: number;
}

export type JobResult =
  SummaryResult | ExtractResult | TokenizeResult | ModelsListResult | ModelsDeleteResult | PrefetchResult;

export type ErrorCode =
  | 'empty-input'
  | 'invalid-settings'
  | 'model-not-found'
  | 'file-not-found'
  | 'network'
  | 'offline'
  | 'corrupt-model'
  | 'unsupported-model'
  | 'quota-exceeded'
  | 'webgpu-failed'
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
  | { type: 'params'; jobId: string; params: ResolvedSettings }
  | { type: 'prompt'; jobId: string; prefix: string; prompt: string }
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
  | { type: 'done'; jobId: string; result: JobResult }
  | { type: 'cancelled'; jobId: string }
  /**
   * `resetWorker`: the failure may have left the runtime in a broken state (onnxruntime-web keeps
   * failing every later run in the same worker), so the client replaces the worker.
   */
  | { type: 'error'; jobId: string; error: JobError; resetWorker?: true };

export type JobStage = 'loading' | 'tokenizing' | 'generating' | 'extracting';

export type TerminalEvent = Extract<FromWorker, { type: 'done' | 'cancelled' | 'error' }>;

export function isTerminal(event: FromWorker): event is TerminalEvent {
  return event.type === 'done' || event.type === 'cancelled' || event.type === 'error';
}

/** The job id of an event, or null for worker-wide events. */
export function jobIdOf(event: FromWorker): string | null {
  return event.type === 'capabilities' ? null : event.jobId;
}
