import { useEffect, useState } from 'react';
import { useAppStore } from '../../lib/app-context.tsx';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import { formatBytes } from '../../shared/format.ts';
import { CachedModelsTable } from './cached-models-table.tsx';
import type { OfflineTarget } from '../../shared/offline-targets.ts';
import { ReadinessChecklist } from './readiness-checklist.tsx';
import { StoragePanel } from './storage-panel.tsx';
import { useModelsJobs } from './use-models-jobs.ts';

function useAppShellOffline(): boolean {
  const [controlled, setControlled] = useState(() => Boolean(navigator.serviceWorker?.controller));
  useEffect(() => {
    const update = () => setControlled(Boolean(navigator.serviceWorker?.controller));
    navigator.serviceWorker?.addEventListener('controllerchange', update);
    return () => navigator.serviceWorker?.removeEventListener('controllerchange', update);
  }, []);
  return controlled;
}

/** Cached models, storage, "make available offline", and what works offline right now. */
export function ModelsView() {
  const { list, removal, prefetch, remove, makeOffline, cancel } = useModelsJobs();
  const hubUrl = useAppStore((s) => s.hubUrl);
  const chosen = useAppStore((s) => s.chosenModels);
  const appShellOffline = useAppShellOffline();
  const listing = list?.result ?? null;
  // The models the views use now (or last used): a local-folder model needs no download.
  const targets: Array<OfflineTarget & { id: string }> = Object.entries(chosen)
    .filter(([, c]) => c.location === 'hub')
    .map(([id, c]) => ({
      id,
      view: c.label,
      model: c.model,
      kind: c.kind,
      ...(c.dtype ? { dtype: c.dtype } : {}),
    }));
  const running = prefetch?.status === 'running';
  const planned = prefetch?.plans ?? [];
  const plannedTotal = planned.reduce((n, p) => n + p.totalBytes, 0);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="offline-heading" className="space-y-4">
        <h2 id="offline-heading" className="text-lg font-semibold">
          Offline
        </h2>
        <ReadinessChecklist
          targets={targets}
          models={listing?.models ?? null}
          hubUrl={hubUrl}
          appShellOffline={appShellOffline}
        />
        <div className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm">
          <p>
            Download the models the views use now (from <code>{hubUrl}</code>) so they work without the
            network:
          </p>
          <ul className="list-disc pl-5">
            {targets.map((t) => (
              <li key={t.id}>
                {t.view}: <code>{t.model}</code>
              </li>
            ))}
          </ul>
          <div className="flex gap-2">
            <button
              type="button"
              data-testid="make-offline"
              className="rounded bg-sky-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
              onClick={() =>
                makeOffline(
                  targets.map(({ model, kind, dtype }) => ({ model, kind, ...(dtype ? { dtype } : {}) })),
                )
              }
              disabled={running}
            >
              Make available offline
            </button>
            <button
              type="button"
              data-testid="cancel-offline"
              className="rounded border border-slate-400 px-3 py-1.5 disabled:opacity-40"
              onClick={() => prefetch && cancel(prefetch.id)}
              disabled={!running}
            >
              Cancel
            </button>
            <span role="status" className="self-center text-xs text-slate-700" data-testid="offline-status">
              {prefetch?.status === 'done'
                ? 'Done: these models now work offline.'
                : prefetch?.status === 'cancelled'
                  ? 'Cancelled.'
                  : running
                    ? 'Downloading…'
                    : ''}
            </span>
          </div>
          {planned.length > 0 && (
            <p data-testid="offline-plan" data-value={JSON.stringify({ totalBytes: plannedTotal })}>
              To download: {planned.map((p) => `${p.model} (${formatBytes(p.totalBytes)})`).join(', ')} —{' '}
              {formatBytes(plannedTotal)} in total.
            </p>
          )}
          {prefetch?.error && <JobError error={prefetch.error} />}
          {prefetch && <JobNotices notices={prefetch.notices} />}
          {running && prefetch.download && <DownloadProgress download={prefetch.download} />}
        </div>
      </section>
      <section aria-labelledby="cached-heading" className="space-y-4">
        <h2 id="cached-heading" className="text-lg font-semibold">
          Stored in this browser
        </h2>
        <StoragePanel storage={listing?.storage ?? null} />
        {list?.error && <JobError error={list.error} />}
        {removal?.error && <JobError error={removal.error} />}
        {listing ? (
          <CachedModelsTable models={listing.models} onDelete={remove} busy={removal?.status === 'running'} />
        ) : (
          <p className="text-sm text-slate-600">Reading the cache…</p>
        )}
      </section>
    </div>
  );
}
