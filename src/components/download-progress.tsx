import type { FileProgress, FilesOrigin } from '../shared/protocol/index.ts';
import { formatBytes } from '../shared/format.ts';

interface Props {
  download: { files: FileProgress[]; loaded: number; total: number; origin: FilesOrigin };
}

/**
 * How each origin is worded, and its test id: `download-progress` is the contract's "files
 * download" region, so a load of the app's own files (nothing downloaded) has its own id.
 */
const WORDING: Record<FilesOrigin, { title: string; testId: string }> = {
  download: { title: 'Downloading model files', testId: 'download-progress' },
  bundled: { title: 'Loading the bundled tokenizer', testId: 'load-progress' },
};

/** Total and per-file load progress, in bytes, worded by where the files come from. */
export function DownloadProgress({ download }: Props) {
  const { files, loaded, total, origin } = download;
  const { title, testId } = WORDING[origin];
  return (
    <div
      data-testid={testId}
      data-value={JSON.stringify({ loaded, total })}
      className="rounded border border-slate-200 bg-white p-3 text-sm"
    >
      <label className="block font-medium">
        {title}: {formatBytes(loaded)} of {formatBytes(total)}
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
