import type { FileProgress } from '../shared/protocol.ts';
import { formatBytes } from '../shared/format.ts';

interface Props {
  download: { files: FileProgress[]; loaded: number; total: number };
}

/** Total and per-file download progress, in bytes. */
export function DownloadProgress({ download }: Props) {
  const { files, loaded, total } = download;
  return (
    <div
      data-testid="download-progress"
      data-value={JSON.stringify({ loaded, total })}
      className="rounded border border-slate-200 bg-white p-3 text-sm"
    >
      <label className="block font-medium">
        Downloading model files: {formatBytes(loaded)} of {formatBytes(total)}
        <progress className="mt-1 block h-2 w-full" max={total || 1} value={loaded} />
      </label>
      <ul className="mt-2 space-y-1 text-xs">
        {files.map((f) => (
          <li key={f.file} className="grid grid-cols-[1fr_auto] items-center gap-2">
            <span className="truncate font-mono" title={f.file}>
              {f.done ? '✓ ' : ''}
              {f.file}
            </span>
            <span className="tabular-nums text-slate-600">
              {f.total > 0
                ? `${formatBytes(f.loaded)} / ${formatBytes(f.total)}`
                : f.done
                  ? 'cached'
                  : 'waiting'}
            </span>
            <progress
              className="col-span-2 h-1 w-full"
              max={f.total || 1}
              value={f.done ? f.total || 1 : f.loaded}
              aria-label={`${f.file} progress`}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
