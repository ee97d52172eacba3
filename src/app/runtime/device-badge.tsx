import { useAppStore } from '../../lib/app-context.tsx';

/** What actually ran for the last model: device, dtype, and whether it fell back. */
export function DeviceBadge() {
  const runtime = useAppStore((s) => s.worker.lastRuntime);
  const caps = useAppStore((s) => s.worker.capabilities);
  const value = runtime ? { device: runtime.device, dtype: runtime.dtype, fellBack: runtime.fellBack } : null;
  const gpu = caps
    ? caps.webgpu
      ? `WebGPU available${caps.adapter?.isFallbackAdapter ? ' (software)' : ''}`
      : 'no WebGPU'
    : 'probing…';
  const threads = caps
    ? `WASM threads: ${caps.wasmThreads}${caps.crossOriginIsolated ? '' : ' (page not cross-origin isolated)'}`
    : '';
  const title = [
    runtime?.reason,
    `This browser: ${gpu}`,
    caps ? `${caps.hardwareConcurrency} cores` : '',
    threads,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <span
      data-testid="device-badge"
      data-value={value ? JSON.stringify(value) : ''}
      data-threads={caps?.wasmThreads ?? ''}
      title={title}
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 font-mono text-xs ${runtime?.fellBack ? 'border-amber-500 bg-amber-50 text-amber-900' : 'border-slate-300 bg-slate-50'}`}
    >
      {runtime ? (
        <>
          <span aria-hidden="true">⚙</span>
          {runtime.device} · {runtime.dtype}
          {runtime.fellBack && <span className="font-sans font-semibold"> (fell back)</span>}
        </>
      ) : (
        <span className="font-sans text-slate-600">No model loaded</span>
      )}
      <span className="sr-only">. {title}</span>
    </span>
  );
}
