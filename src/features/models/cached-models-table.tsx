import type { CachedModelInfo, ModelsDeleteJob } from '../../shared/protocol/index.ts';
import { formatBytes } from '../../shared/format.ts';
import { storedModelLabel } from '../../shared/offline-targets.ts';

interface Props {
  models: CachedModelInfo[];
  onDelete(target: ModelsDeleteJob['target']): void;
  busy: boolean;
}

/** Every cached model with its files, sizes, dtypes, host, revision and last use. */
export function CachedModelsTable({ models, onDelete, busy }: Props) {
  if (models.length === 0)
    return <p className="text-sm text-slate-600">No models are stored in this browser yet.</p>;
  const total = models.reduce((n, m) => n + m.totalBytes, 0);
  return (
    <div className="space-y-2">
      <table
        className="w-full text-left text-sm"
        data-testid="cached-models"
        data-value={JSON.stringify(
          models.map((m) => ({
            model: m.model,
            host: m.host,
            files: m.files.map((f) => f.file),
            bytes: m.totalBytes,
          })),
        )}
      >
        <caption className="sr-only">Models stored in this browser</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Source</th>
            <th scope="col">dtype</th>
            <th scope="col">Size</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => {
            const label = storedModelLabel(m);
            return (
              <tr
                key={`${m.host}|${m.model}|${m.revision}`}
                className="border-t border-slate-100 align-top"
                data-testid="cached-model"
              >
                <td>
                  <details>
                    <summary className="cursor-pointer font-mono">{label.name}</summary>
                    <ul className="mt-1 text-xs">
                      {m.files.map((f) => (
                        <li key={f.file} className="font-mono">
                          {f.file} · {formatBytes(f.bytes)}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td className="text-xs">
                  {label.source}
                  {m.revision && <span className="block text-slate-600">revision {m.revision}</span>}
                </td>
                <td className="text-xs">{m.dtypes.join(', ') || '–'}</td>
                <td className="tabular-nums">{formatBytes(m.totalBytes)}</td>
                <td className="text-xs">{new Date(m.lastUsed).toLocaleString()}</td>
                <td>
                  <button
                    type="button"
                    className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-900 disabled:opacity-50"
                    onClick={() => onDelete({ host: m.host, model: m.model, revision: m.revision })}
                    disabled={busy}
                    aria-label={`Delete ${label.name}`}
                    data-testid="delete-model"
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="flex items-center gap-3 text-sm">
        Total {formatBytes(total)}
        <button
          type="button"
          data-testid="delete-all-models"
          className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-900 disabled:opacity-50"
          onClick={() => onDelete('all')}
          disabled={busy}
        >
          Delete all
        </button>
      </p>
    </div>
  );
}
