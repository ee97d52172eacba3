import type { DeviceChoice, DtypeChoice, InjectedFault } from '../shared/protocol/index.ts';
import { DTYPES, INJECTED_FAULTS } from '../shared/protocol/index.ts';

/** State set at load from query parameters (before the hash), shared by every view. */
export interface UrlParams {
  hub: string | null;
  model: string | null;
  text: string | null;
  device: DeviceChoice;
  dtype: DtypeChoice;
  faults: InjectedFault[];
  /** WASM threads to ask for (cross-origin isolated pages only); null = the app's choice. */
  threads: number | null;
}

function isDevice(v: string | null): v is DeviceChoice {
  return v === 'webgpu' || v === 'wasm' || v === 'auto';
}

function isDtype(v: string | null): v is DtypeChoice {
  return v === 'auto' || DTYPES.some((d) => d === v);
}

export function parseUrlParams(search: string): UrlParams {
  const q = new URLSearchParams(search);
  const device = q.get('device');
  const dtype = q.get('dtype');
  const faults = (q.get('faults') ?? '')
    .split(',')
    .filter((f): f is InjectedFault => INJECTED_FAULTS.some((known) => known === f));
  return {
    hub: q.get('hub'),
    model: q.get('model'),
    text: q.get('text'),
    device: isDevice(device) ? device : 'auto',
    dtype: isDtype(dtype) ? dtype : 'auto',
    faults,
    threads: /^\d+$/.test(q.get('threads') ?? '') ? Number(q.get('threads')) : null,
  };
}
