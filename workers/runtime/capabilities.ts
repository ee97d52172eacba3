import type { Capabilities } from '../../src/shared/protocol/index.ts';

/**
 * Probes WebGPU inside the worker *before* any session exists: a WebGPU session that fails
 * poisons the whole worker (every later session fails, WASM included), so we only ask for
 * `webgpu` when an adapter is really there.
 */
export async function probeCapabilities(): Promise<Capabilities> {
  const base = {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    hardwareConcurrency: globalThis.navigator?.hardwareConcurrency ?? 1,
    wasmThreads: 1, // the worker entry fills in what it configured
    deviceMemoryGiB: deviceMemory(),
  };
  const gpu = globalThis.navigator?.gpu;
  if (!gpu) return { ...base, webgpu: false, adapter: null, shaderF16: false };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { ...base, webgpu: false, adapter: null, shaderF16: false };
    const info = adapter.info;
    return {
      ...base,
      webgpu: true,
      adapter: {
        vendor: info.vendor,
        architecture: info.architecture,
        isFallbackAdapter: 'isFallbackAdapter' in info && info.isFallbackAdapter === true,
        maxBufferSize: adapter.limits.maxBufferSize,
        maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      },
      shaderF16: adapter.features.has('shader-f16'),
    };
  } catch {
    return { ...base, webgpu: false, adapter: null, shaderF16: false };
  }
}

/** `navigator.deviceMemory` (Chromium only; WorkerNavigator has it too), or null. */
export function deviceMemory(): number | null {
  const value: unknown = (globalThis.navigator as { deviceMemory?: unknown } | undefined)?.deviceMemory;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
