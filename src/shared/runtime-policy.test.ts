import { describe, expect, it } from 'vitest';
import type { Capabilities } from './protocol/index.ts';
import { chooseRuntime, fallbackRuntime } from './runtime-policy.ts';

const base: Capabilities = {
  webgpu: false,
  adapter: null,
  shaderF16: false,
  crossOriginIsolated: false,
  hardwareConcurrency: 4,
  wasmThreads: 1,
};
const gpu: Capabilities = {
  ...base,
  webgpu: true,
  adapter: { vendor: 'x', architecture: 'y', isFallbackAdapter: false },
};

describe('chooseRuntime', () => {
  it.each([
    ['auto without a GPU', base, 'auto', 'auto', 'wasm', 'q8'],
    ['auto with a GPU, no shader-f16', gpu, 'auto', 'auto', 'webgpu', 'fp32'],
    ['auto with a GPU and shader-f16', { ...gpu, shaderF16: true }, 'auto', 'auto', 'webgpu', 'fp16'],
    ['forced wasm on a GPU machine', gpu, 'wasm', 'auto', 'wasm', 'q8'],
    ['explicit dtype wins', gpu, 'webgpu', 'q4', 'webgpu', 'q4'],
    ['explicit fp32 on wasm', base, 'wasm', 'fp32', 'wasm', 'fp32'],
  ] as const)('%s', (_name, caps, device, dtype, expectedDevice, expectedDtype) => {
    const choice = chooseRuntime(caps, { device, dtype });
    expect(choice.device).toBe(expectedDevice);
    expect(choice.dtype).toBe(expectedDtype);
    expect(choice.reason).toBeUndefined();
  });

  it('explains when forced WebGPU is unavailable', () => {
    const choice = chooseRuntime(base, { device: 'webgpu', dtype: 'auto' });
    expect(choice).toMatchObject({ device: 'wasm', dtype: 'q8' });
    expect(choice.reason).toMatch(/no WebGPU adapter/);
  });
});

describe('fallbackRuntime', () => {
  it('moves to wasm and drops fp16, which WASM runs slowly', () => {
    expect(fallbackRuntime({ device: 'webgpu', dtype: 'fp16' })).toEqual({ device: 'wasm', dtype: 'auto' });
    expect(fallbackRuntime({ device: 'auto', dtype: 'fp32' })).toEqual({ device: 'wasm', dtype: 'fp32' });
  });
});
