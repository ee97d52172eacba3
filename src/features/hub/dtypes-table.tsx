import { formatBytes } from '../../shared/format.ts';
import type { HubDtype, HubModelDetail } from '../../shared/protocol/index.ts';
import { deviceLabel, fitsLabel, memoryLabel, suggestDtype } from './detail-format.ts';
import { formatExactCount } from './row-format.ts';

function DtypeRow({ d }: { d: HubDtype }) {
  const fits = fitsLabel(d.runs.fits);
  return (
    <tr
      data-testid="hub-dtype"
      data-dtype={d.dtype}
      data-value={JSON.stringify(d)}
      className="border-t border-slate-100 align-top"
    >
      <th scope="row" className="pr-2 font-mono">
        {d.dtype}
      </th>
      <td className="pr-2 tabular-nums" title={`${formatExactCount(d.bytes)} bytes`}>
        {formatBytes(d.bytes)}
      </td>
      <td className="pr-2">
        <details>
          <summary className="cursor-pointer">
            {d.files.length} file{d.files.length === 1 ? '' : 's'}
          </summary>
          <ul className="mt-1 font-mono text-xs">
            {d.files.map((f) => (
              <li key={f.path} className="break-all" title={`${formatExactCount(f.bytes)} bytes`}>
                {f.path} · {formatBytes(f.bytes)}
              </li>
            ))}
          </ul>
        </details>
      </td>
      <td className="pr-2">
        <span className="font-medium">
          {deviceLabel(d.runs.device)}, fits: {fits}
        </span>
        <span aria-hidden="true">{fits === 'yes' ? ' ✓' : fits === 'no' ? ' ✖' : ' ?'}</span>{' '}
        <span className="text-xs">({memoryLabel(d.runs)})</span>
        <span className="block text-xs text-slate-700">{d.runs.reason}</span>
      </td>
      <td>{d.cached ? 'yes' : 'no'}</td>
    </tr>
  );
}

/** Every dtype the model's task can load, its download, whether it runs here, and where to start. */
export function DtypesTable({ d }: { d: HubModelDetail }) {
  if (d.dtypeDetails.length === 0) {
    return (
      <p className="text-sm text-slate-700" data-testid="hub-dtypes" data-value="[]">
        No ONNX weights for the sessions this model’s task needs ({d.sessions.join(', ')}), so it does not run
        in this browser as it is{d.otherOnnxFiles > 0 ? `; it has ${d.otherOnnxFiles} other ONNX files` : ''}.
      </p>
    );
  }
  const suggestion = suggestDtype(d.dtypeDetails);
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="hub-dtypes">
          <caption className="text-left text-xs text-slate-600">
            Sessions: {d.sessions.join(', ')}. Sizes count each session’s .onnx file and its .onnx_data files.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="pr-2">
                dtype
              </th>
              <th scope="col" className="pr-2">
                Download
              </th>
              <th scope="col" className="pr-2">
                Files
              </th>
              <th scope="col" className="pr-2">
                Runs here?
              </th>
              <th scope="col">Cached</th>
            </tr>
          </thead>
          <tbody>
            {d.dtypeDetails.map((x) => (
              <DtypeRow key={x.dtype} d={x} />
            ))}
          </tbody>
        </table>
      </div>
      <p
        className="text-sm"
        data-testid="hub-dtype-suggestion"
        data-value={JSON.stringify({ dtype: suggestion?.dtype ?? null })}
      >
        {suggestion?.text ?? 'None of these dtypes fits this device: see the reasons above.'}
      </p>
      {d.otherOnnxFiles > 0 && (
        <p className="text-xs text-slate-600">
          {d.otherOnnxFiles} other ONNX files (other exports) are not counted.
        </p>
      )}
    </div>
  );
}
