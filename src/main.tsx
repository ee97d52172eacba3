import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppProvider } from './app/app-context.tsx';
import './index.css';
import { createFrameBatcher } from './lib/frame-batcher.ts';
import { InferenceClient } from './lib/inference-client.ts';
import { createJobActions } from './lib/job-actions.ts';
import { pickOfflineSummaryMethod } from './lib/offline-default.ts';
import { parseUrlParams } from './lib/url-params.ts';
import { labStateFromQuery } from './shared/tokenization/url-state.ts';
import { DEFAULT_LAB_TOKENIZER } from './shared/tokenizer-catalog.ts';
import { DEFAULT_SUMMARIZATION_MODEL } from './shared/model-catalog.ts';
import type { FromWorker } from './shared/protocol.ts';
import { createAppStore } from './store/store.ts';

const params = parseUrlParams(window.location.search);
const hashView = window.location.hash.replace(/^#\/?/, '').split('/')[0] || 'summarize';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy mode): settings just are not remembered
  }
}

const labQuery = labStateFromQuery(window.location.search);
const store = createAppStore({
  queryHub: params.hub,
  buildHub: import.meta.env.VITE_HF_ENDPOINT,
  storage: safeStorage(),
  device: params.device,
  dtype: params.dtype,
  faults: params.faults,
  article: params.text ?? '',
  summarizeModel: (hashView === 'summarize' && params.model) || DEFAULT_SUMMARIZATION_MODEL,
  summaryMethod: 'abstractive',
  lab: {
    ...labQuery,
    // `model=` names the model of the view in the URL; the lab takes it only for itself.
    model: hashView === 'tokenizer' ? labQuery.model : null,
    defaultModel: DEFAULT_LAB_TOKENIZER,
  },
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
pickOfflineSummaryMethod(actions, store);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <AppProvider services={{ store, actions }}>
      <App />
    </AppProvider>
  </StrictMode>,
);
