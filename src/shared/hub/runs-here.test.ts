import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../protocol/index.ts';
import { runsHere } from './runs-here.ts';

const GiB = 1024 ** 3;
const CPU: Capabilities = {
  webgpu: false,
  adapter: null,
  shaderF16: false,
  crossOriginIsolated: false,
  hardwareConcurrency: 2,
  wasmThreads: 1,
  deviceMemoryGiB: 8,
};
const GPU: Capabilities = {
  ...CPU,
  webgpu: true,
  adapter: { vendor: 'x', architecture: 'y', isFallbackAdapter: false },
};

describe('runsHere', () => {
  it('compares weights plus 10% with the 4 GiB heap on WASM', () => {
    // 8 GiB device: half is 4 GiB, the same as the wasm32 limit.
    const small = runsHere({ dtype: 'q8', bytes: 1 * GiB, caps: CPU, device: 'auto', largestFileBytes: 1 });
    expect(small).toMatchObject({
      device: 'wasm',
      fits: true,
      needBytes: Math.round(1.1 * GiB),
      budgetBytes: 4 * GiB,
    });
    const big = runsHere({ dtype: 'fp32', bytes: 3.9 * GiB, caps: CPU, device: 'auto', largestFileBytes: 1 });
    expect(big.fits).toBe(false);
    expect(big.reason).toMatch(/more than the 4\.0 GB WASM allows/);
  });

  it('uses half of the device memory when that is smaller', () => {
    const r = runsHere({
      dtype: 'q8',
      bytes: 1.2 * GiB,
      caps: { ...CPU, deviceMemoryGiB: 2 },
      device: 'wasm',
      largestFileBytes: 1,
    });
    expect(r).toMatchObject({ fits: false, budgetBytes: 1 * GiB });
  });

  it('refuses fp16 on a GPU without shader-f16, and says so', () => {
    const r = runsHere({ dtype: 'fp16', bytes: 100, caps: GPU, device: 'auto', largestFileBytes: 1 });
    expect(r.device).toBe('webgpu');
    expect(r.fits).toBe(false);
    expect(r.reason).toMatch(/shader-f16/);
    expect(
      runsHere({
        dtype: 'fp16',
        bytes: 100,
        caps: { ...GPU, shaderF16: true },
        device: 'auto',
        largestFileBytes: 1,
      }).fits,
    ).toBe(true);
  });

  it('cannot tell on WebGPU when the browser hides the memory size', () => {
    const r = runsHere({
      dtype: 'q4',
      bytes: 100,
      caps: { ...GPU, deviceMemoryGiB: null },
      device: 'webgpu',
      largestFileBytes: 1,
    });
    expect(r).toMatchObject({ device: 'webgpu', fits: null, budgetBytes: null });
  });

  it("names the adapter's largest buffer on WebGPU", () => {
    const limited: Capabilities = {
      ...GPU,
      adapter: { vendor: 'x', architecture: 'y', isFallbackAdapter: false, maxBufferSize: 256 * 1024 ** 2 },
    };
    const small = runsHere({
      dtype: 'q4',
      bytes: 300 * 1024 ** 2,
      caps: limited,
      device: 'webgpu',
      largestFileBytes: 200 * 1024 ** 2,
    });
    expect(small.reason).toMatch(/Every weight fits one GPU buffer \(the adapter allows 256 MB\)/);
    const big = runsHere({
      dtype: 'q4',
      bytes: 300 * 1024 ** 2,
      caps: limited,
      device: 'webgpu',
      largestFileBytes: 300 * 1024 ** 2,
    });
    expect(big.reason).toMatch(/bigger than the adapter's largest buffer/);
    // Not a WebGPU concern on WASM.
    expect(
      runsHere({ dtype: 'q8', bytes: 1, caps: CPU, device: 'wasm', largestFileBytes: 1 }).reason,
    ).not.toMatch(/buffer/);
  });
});
