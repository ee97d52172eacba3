import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** How long "now loads without the network" stays: it asks for nothing. */
const OFFLINE_READY_MS = 8000;

/**
 * "Update available" (a new version, used after a reload) and "now loads without the network".
 * A banner in the page's flow under the header, not an overlay: it never covers results.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div
      role="status"
      data-testid="update-prompt"
      className="mx-auto mt-3 flex max-w-7xl flex-wrap items-center gap-2 rounded border border-slate-300 bg-white px-4 py-2 text-sm"
    >
      {needRefresh ? (
        <>
          <p className="font-semibold">A new version of Glasspipe is available.</p>
          <button
            type="button"
            className="rounded bg-sky-700 px-3 py-1 text-white"
            onClick={() => void updateServiceWorker(true)}
          >
            Reload to update
          </button>
          <button
            type="button"
            className="rounded border border-slate-400 px-3 py-1"
            onClick={() => setNeedRefresh(false)}
          >
            Later
          </button>
        </>
      ) : (
        <p>
          Glasspipe now loads without the network.{' '}
          <button type="button" className="underline" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </p>
      )}
    </div>
  );
}
