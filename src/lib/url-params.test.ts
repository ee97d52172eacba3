import { describe, expect, it } from 'vitest';
import { parseUrlParams } from './url-params.ts';

describe('parseUrlParams', () => {
  it('reads every contract parameter', () => {
    const p = parseUrlParams(
      '?hub=http://127.0.0.1:8765&model=org/m&text=Hello%20world&device=wasm&dtype=fp32',
    );
    expect(p).toEqual({
      hub: 'http://127.0.0.1:8765',
      model: 'org/m',
      text: 'Hello world',
      device: 'wasm',
      dtype: 'fp32',
      faults: [],
      threads: null,
    });
  });
  it('ignores unknown devices, dtypes and faults', () => {
    const p = parseUrlParams('?device=tpu&dtype=fp64&faults=webgpu-session,nope,slow-steps');
    expect(p.device).toBe('auto');
    expect(p.dtype).toBe('auto');
    expect(p.faults).toEqual(['webgpu-session', 'slow-steps']);
    expect(parseUrlParams('?threads=2').threads).toBe(2);
    expect(parseUrlParams('?threads=two').threads).toBeNull();
  });
});
