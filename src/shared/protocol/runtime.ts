/** Where a job's models come from and what they run on: shared by every task. */
import type { Dtype } from '../model-files/dtypes.ts';

export type Device = 'webgpu' | 'wasm';
export type DeviceChoice = Device | 'auto';
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
  adapter: {
    vendor: string;
    architecture: string;
    isFallbackAdapter: boolean;
    /** The adapter's `maxBufferSize` and `maxStorageBufferBindingSize`: no one weight tensor may exceed them. */
    maxBufferSize?: number;
    maxStorageBufferBindingSize?: number;
  } | null;
  shaderF16: boolean;
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
  /** `navigator.deviceMemory` in GiB (rounded down, at most 8 by the spec); null where the browser hides it. */
  deviceMemoryGiB?: number | null;
  /** Threads onnxruntime-web's WASM backend runs on (1 unless the page is cross-origin isolated). */
  wasmThreads: number;
}

export interface RuntimeInfo {
  device: Device;
  dtype: Dtype;
  fellBack: boolean;
  /** Why the runtime differs from what was asked, when it does. */
  reason?: string;
}

/**
 * Conditions a test or a demo can inject on purpose (the `faults=` URL parameter):
 * `webgpu-session` makes WebGPU session creation fail; `q8-session` makes session creation fail
 * on q8 weights as transformers.js 4.x does for tied-embedding seq2seq models ("Missing required
 * scale"); `slow-steps` waits 25 ms before each decoder step, like a slow device, so a long
 * generation can be watched and cancelled; `skip-input-limit` does not truncate the input to the
 * model's limit, so a long article makes onnxruntime fail for real.
 */
export const INJECTED_FAULTS = ['webgpu-session', 'q8-session', 'slow-steps', 'skip-input-limit'] as const;
export type InjectedFault = (typeof INJECTED_FAULTS)[number];

/** A retry on another runtime after a session could not be created: the UI must say so. */
export interface Fallback {
  /** What failed: WebGPU (retried on WASM), or q8 weights (retried with fp32). */
  from: 'webgpu' | 'q8';
  reason: string;
}

export interface RunOptions {
  fallbackFrom?: Fallback;
  faults?: InjectedFault[];
}
