import { useRegisterSW } from 'virtual:pwa-register/react';

/** "Update available": a new version is installed in the background and used after a reload. */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div
      role="status"
      data-testid="update-prompt"
      className="fixed right-4 bottom-4 z-20 max-w-sm rounded border border-slate-300 bg-white p-3 text-sm shadow-lg"
    >
      {needRefresh ? (
        <>
          <p className="font-semibold">A new version of Glasspipe is available.</p>
          <div className="mt-2 flex gap-2">
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
          </div>
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
