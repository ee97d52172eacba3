import { useState } from 'react';
import type { StorageInfo } from '../../shared/protocol/index.ts';
import { formatBytes } from '../../shared/format.ts';

/** Storage used and available, and whether the browser promised to keep it (persist()). */
export function StoragePanel({ storage }: { storage: StorageInfo | null }) {
  const [asked, setAsked] = useState<string | null>(null);
  const persist = async () => {
    if (!navigator.storage?.persist) {
      setAsked('This browser cannot make storage persistent.');
      return;
    }
    const granted = await navigator.storage.persist();
    setAsked(
      granted
        ? 'Granted: the browser will not clear these models to free space.'
        : 'Not granted: the browser may clear the models when space runs low (it decides; installing the app or using it often helps).',
    );
  };
  const { usage, quota, persisted } = storage ?? { usage: null, quota: null, persisted: null };
  return (
    <div className="space-y-2 text-sm" data-testid="storage-panel" data-value={JSON.stringify(storage)}>
      {usage !== null && quota !== null ? (
        <label className="block">
          {formatBytes(usage)} used of {formatBytes(quota)} available to this app
          <progress className="mt-1 block h-2 w-full" max={quota || 1} value={usage} />
        </label>
      ) : (
        <p>This browser does not report its storage.</p>
      )}
      <p>
        Persistent storage: <strong>{persisted === null ? 'unknown' : persisted ? 'yes' : 'no'}</strong>{' '}
        <button
          type="button"
          data-testid="persist-storage"
          className="ml-2 rounded border border-slate-400 px-2 py-0.5"
          onClick={() => void persist()}
        >
          Ask to keep models
        </button>
      </p>
      {asked && (
        <p role="status" data-testid="persist-result">
          {asked}
        </p>
      )}
    </div>
  );
}
