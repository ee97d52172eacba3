/**
 * "Runs here?" for one dtype of a Hub model, before anything downloads: the device the app would
 * use, and the weights plus a working margin against what this tab may use there (the same
 * budget Generate checks: the 4 GiB WebAssembly heap, half of `navigator.deviceMemory`). Pure.
 */
import { budgetFor } from '../generation/memory-estimate.ts';
import { formatBytes } from '../format.ts';
import { chooseRuntime } from '../runtime-policy.ts';
import type { Capabilities, DeviceChoice, Dtype, RunsHere } from '../protocol/index.ts';

/**
 * Activations, the tokenizer and the runtime itself: a tenth of the weights on top of them. One
 * run of an encoder over a few hundred tokens needs far less than the weights; a long generation
 * needs its KV cache as well, which Generate estimates from the config before it downloads.
 */
export const WORKING_MARGIN = 0.1;

/** WebGPU computes fp16 weights only with the adapter's `shader-f16` feature. */
const NEEDS_SHADER_F16: ReadonlySet<Dtype> = new Set(['fp16', 'q4f16']);

export interface RunsHereInput {
  dtype: Dtype;
  /** The dtype's download: what the weights take in memory once loaded. */
  bytes: number;
  caps: Capabilities;
  /** The page's device choice (`device=` or the setting). */
  device: DeviceChoice;
  /** The dtype's largest file: no weight tensor in it can be bigger. */
  largestFileBytes: number;
}

/**
 * On WebGPU every weight tensor lives in one GPU buffer, at most the adapter's `maxBufferSize`.
 * A file is an upper bound of its tensors: below the limit, none can exceed it; above it, only
 * the model's largest tensor (usually the embedding matrix) decides, which the file list cannot tell.
 */
function bufferNote(device: string, largestFileBytes: number, maxBufferSize: number | undefined): string {
  if (device !== 'webgpu' || maxBufferSize === undefined) return '';
  return largestFileBytes <= maxBufferSize
    ? ` Every weight fits one GPU buffer (the adapter allows ${formatBytes(maxBufferSize)}).`
    : ` Its largest file is bigger than the adapter's largest buffer (${formatBytes(maxBufferSize)}): it runs only if no single weight tensor is that big.`;
}

export function runsHere({
  dtype,
  bytes,
  caps,
  device: requested,
  largestFileBytes,
}: RunsHereInput): RunsHere {
  const { device } = chooseRuntime(caps, { device: requested, dtype });
  const needBytes = Math.round(bytes * (1 + WORKING_MARGIN));
  const budget = budgetFor(device, { deviceMemoryGiB: caps.deviceMemoryGiB ?? null });
  const base = { device, needBytes, budgetBytes: budget.bytes, budgetSource: budget.source };
  const need = `about ${formatBytes(needBytes)} (the weights and a ${WORKING_MARGIN * 100}% margin)`;
  const buffers = bufferNote(device, largestFileBytes, caps.adapter?.maxBufferSize);
  if (device === 'webgpu' && NEEDS_SHADER_F16.has(dtype) && !caps.shaderF16) {
    return {
      ...base,
      fits: false,
      reason: `${dtype} needs the GPU feature shader-f16, which this adapter lacks; choose fp32 or q8, or run on WASM.`,
    };
  }
  if (budget.bytes === null) {
    return {
      ...base,
      fits: null,
      reason: `Needs ${need}; this browser reports no memory figure for ${device === 'webgpu' ? 'the GPU' : 'the device'} to compare with.${buffers}`,
    };
  }
  const fits = needBytes <= budget.bytes;
  const on = device === 'webgpu' ? 'WebGPU' : 'WASM';
  return {
    ...base,
    fits,
    reason:
      (fits
        ? `Needs ${need}; ${on} here allows ${formatBytes(budget.bytes)} (${budget.source}).`
        : `Needs ${need}, more than the ${formatBytes(budget.bytes)} ${on} allows here (${budget.source}).`) +
      buffers,
  };
}
