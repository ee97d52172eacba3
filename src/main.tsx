import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { VIEWS } from './features/registry.ts';
import './index.css';
import { AppProvider } from './lib/app-context.tsx';
import { createFrameBatcher } from './lib/frame-batcher.ts';
import { InferenceClient } from './lib/inference-client.ts';
import { createJobActions } from './lib/job-actions.ts';
import { pageAtLoad } from './lib/page-query.ts';
import { readRememberedModels, safeStorage, writeRememberedModels } from './lib/remembered-models.ts';
import { parseUrlParams } from './lib/url-params.ts';
import type { FromWorker } from './shared/protocol/index.ts';
import { createAppStore } from './store/store.ts';

// Shared by every view: the model host, the runtime override, injected faults, WASM threads.
const params = parseUrlParams(`?${pageAtLoad.query.toString()}`);
const storage = safeStorage();
const store = createAppStore({
  queryHub: params.hub,
  buildHub: import.meta.env.VITE_HF_ENDPOINT,
  storage,
  device: params.device,
  dtype: params.dtype,
  faults: params.faults,
  chosenModels: {
    ...Object.fromEntries(
      VIEWS.flatMap((v) => (v.offlineDefault ? [[v.offlineDefault.viewId, v.offlineDefault.choice]] : [])),
    ),
    ...readRememberedModels(storage),
  },
});

// Remember each view's model for the next visit (and for Models & offline on a direct load).
store.subscribe((state, previous) => {
  if (state.chosenModels !== previous.chosenModels) writeRememberedModels(storage, state.chosenModels);
});

// The worker is created once here, at bootstrap, not in an effect: StrictMode mounts twice.
const applyBatch = createFrameBatcher<FromWorker>((events) => store.getState().applyEvents(events));
const client = new InferenceClient(
  () =>
    new Worker(new URL('../workers/inference.worker.ts', import.meta.url), {
      type: 'module',
      // `?threads=N` sets the WASM thread count (cross-origin isolated pages only).
      name: params.threads === null ? 'inference' : `inference threads=${params.threads}`,
    }),
  applyBatch,
);
const actions = createJobActions(client, store);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <AppProvider services={{ store, actions }}>
      <App />
    </AppProvider>
  </StrictMode>,
);
