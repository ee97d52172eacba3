import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { AppProvider } from './app/app-context.tsx';
import './index.css';
import { createFrameBatcher } from './lib/frame-batcher.ts';
import { InferenceClient } from './lib/inference-client.ts';
import { createJobActions } from './lib/job-actions.ts';
import { pickOfflineSummaryMethod } from './lib/offline-default.ts';
import { foldHashQueryInPlace, hashPath } from './lib/page-query.ts';
import { readRememberedModels, writeRememberedModels } from './lib/remembered-models.ts';
import { parseUrlParams } from './lib/url-params.ts';
import { summarizeStateFromQuery } from './features/summarize/url-state.ts';
import { labStateFromQuery } from './shared/tokenization/url-state.ts';
import { DEFAULT_LAB_TOKENIZER } from './shared/tokenizer-catalog.ts';
import { DEFAULT_SUMMARIZATION_MODEL } from './shared/model-catalog.ts';
import type { FromWorker } from './shared/protocol.ts';
import { createAppStore } from './store/store.ts';

// `#/view?model=…` is accepted like `?model=…#/view`; from here on the query has one place.
foldHashQueryInPlace();
const query = new URLSearchParams(window.location.search);
const params = parseUrlParams(window.location.search);
const view = hashPath(window.location.hash);

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy mode): settings just are not remembered
  }
}

const storage = safeStorage();
const remembered = readRememberedModels(storage);
// Each view's own keys (`model=`, its settings) apply to the view the URL opens; `text=` to all.
const onSummarize = view === '/summarize' || view === '/';
const labQuery = labStateFromQuery(query);
const store = createAppStore({
  queryHub: params.hub,
  buildHub: import.meta.env.VITE_HF_ENDPOINT,
  storage,
  device: params.device,
  dtype: params.dtype,
  faults: params.faults,
  summarize: {
    model: remembered.summarize?.model ?? DEFAULT_SUMMARIZATION_MODEL,
    location: remembered.summarize?.location ?? 'hub',
    ...(onSummarize ? summarizeStateFromQuery(query) : params.text === null ? {} : { article: params.text }),
  },
  lab: {
    ...labQuery,
    ...(view === '/tokenizer' ? {} : { model: null, settings: labStateFromQuery('').settings }),
    defaultModel: remembered.tokenizer?.model ?? DEFAULT_LAB_TOKENIZER,
  },
});
const labLocation =
  view === '/tokenizer' && labQuery.model !== null
    ? query.get('source') === 'local'
      ? 'local'
      : 'hub'
    : (remembered.tokenizer?.location ?? 'hub');
store.getState().setLab({ location: labLocation });

// Remember each view's model for the next visit (and for Models & offline on a direct load).
store.subscribe((state, previous) => {
  const { summarize, lab } = state;
  if (
    summarize.model === previous.summarize.model &&
    summarize.location === previous.summarize.location &&
    lab.model === previous.lab.model &&
    lab.location === previous.lab.location
  )
    return;
  writeRememberedModels(storage, {
    summarize: { model: summarize.model, location: summarize.location },
    tokenizer: { model: lab.model, location: lab.location },
  });
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
