import { useId, useState, type FormEvent } from 'react';
import { useAppStore } from '../../lib/app-context.tsx';
import { checkHubUrl, DEFAULT_HUB_URL } from '../../shared/model-host.ts';
import { DTYPES, type DeviceChoice, type DtypeChoice } from '../../shared/protocol/index.ts';

const DEVICES: DeviceChoice[] = ['auto', 'webgpu', 'wasm'];
const DTYPE_CHOICES: DtypeChoice[] = ['auto', ...DTYPES];

/** Model host (persisted, like HF_ENDPOINT) and the device/dtype override. */
export function RuntimeSettings() {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const saveHubUrl = useAppStore((s) => s.saveHubUrl);
  const device = useAppStore((s) => s.device);
  const dtype = useAppStore((s) => s.dtype);
  const setDevice = useAppStore((s) => s.setDevice);
  const setDtype = useAppStore((s) => s.setDtype);
  const [draft, setDraft] = useState(hubUrl);
  const [hostError, setHostError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkHubUrl(draft);
    if (!checked.ok) {
      setHostError(`Not saved: ${checked.reason}. Enter an address like https://huggingface.co.`);
      return;
    }
    setHostError(null);
    saveHubUrl(checked.url === DEFAULT_HUB_URL ? null : checked.url);
  };

  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-slate-300 px-2.5 py-1 text-xs">
        Runtime &amp; host
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-80 space-y-3 rounded border border-slate-300 bg-white p-3 shadow-lg">
        <form onSubmit={submit} className="space-y-1">
          <label htmlFor={`${id}-host`} className="block text-xs font-semibold">
            Model host (like HF_ENDPOINT)
          </label>
          <div className="flex gap-1">
            <input
              id={`${id}-host`}
              data-testid="setting-hub-url"
              className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              aria-describedby={hostError ? `${id}-host-error` : undefined}
            />
            <button type="submit" className="rounded bg-slate-800 px-2 py-1 text-xs text-white">
              Save
            </button>
          </div>
          {hostError && (
            <p id={`${id}-host-error`} className="text-xs text-red-700">
              {hostError}
            </p>
          )}
        </form>
        <div className="grid grid-cols-2 gap-2">
          <label className="text-xs font-semibold">
            Device
            <select
              data-testid="setting-device"
              className="mt-1 block w-full rounded border border-slate-300 px-1 py-1 font-normal"
              value={device}
              onChange={(e) => setDevice(DEVICES.find((d) => d === e.target.value) ?? 'auto')}
            >
              {DEVICES.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
          <label className="text-xs font-semibold">
            Dtype
            <select
              data-testid="setting-dtype"
              className="mt-1 block w-full rounded border border-slate-300 px-1 py-1 font-normal"
              value={dtype}
              onChange={(e) => setDtype(DTYPES.find((d) => d === e.target.value) ?? 'auto')}
            >
              {DTYPE_CHOICES.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </label>
        </div>
        <p className="text-xs text-slate-600">
          auto = WebGPU when this browser has an adapter, else WASM; q8 on WASM, fp16/fp32 on WebGPU.
        </p>
      </div>
    </details>
  );
}
