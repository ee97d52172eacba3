import type { Capabilities, Device, Dtype, RuntimeRequest } from './protocol/index.ts';

export interface RuntimeChoice {
  device: Device;
  dtype: Dtype;
  /** Set when the choice differs from an explicit request (e.g. WebGPU asked for, none available). */
  reason?: string;
}

/**
 * Default dtype per device. WASM runs int8-quantized weights fastest and they are 4x smaller;
 * WebGPU has no fast int8 path, so it runs fp16 where the adapter supports `shader-f16`, else fp32.
 */
export function defaultDtype(device: Device, caps: Pick<Capabilities, 'shaderF16'>): Dtype {
  if (device === 'wasm') return 'q8';
  return caps.shaderF16 ? 'fp16' : 'fp32';
}

/** Pure: capabilities + the user's request → the device and dtype to try first. */
export function chooseRuntime(caps: Capabilities, request: RuntimeRequest): RuntimeChoice {
  let device: Device;
  let reason: string | undefined;
  if (request.device === 'auto') {
    device = caps.webgpu ? 'webgpu' : 'wasm';
  } else if (request.device === 'webgpu' && !caps.webgpu) {
    device = 'wasm';
    reason = 'WebGPU was requested but this browser has no WebGPU adapter; running on WASM.';
  } else {
    device = request.device;
  }
  const dtype = request.dtype === 'auto' ? defaultDtype(device, caps) : request.dtype;
  return reason === undefined ? { device, dtype } : { device, dtype, reason };
}

/** The runtime to retry with after a WebGPU session failed: WASM with its own default dtype. */
export function fallbackRuntime(request: RuntimeRequest): RuntimeRequest {
  return { device: 'wasm', dtype: request.dtype === 'fp16' ? 'auto' : request.dtype };
}
