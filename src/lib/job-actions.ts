import type { ModelSource } from '../shared/protocol.ts';
import type { AppStore } from '../store/store.ts';
import type { InferenceClient } from './inference-client.ts';

/** Where local models are served by the app (files under `public/models/`). */
export const LOCAL_MODEL_PATH = '/models/';

export interface JobActions {
  summarize(): void;
  cancel(jobId: string): void;
}

export function createJobActions(client: InferenceClient, store: AppStore): JobActions {
  return {
    summarize() {
      const s = store.getState();
      const { article, model, location, generation } = s.summarize;
      const source: ModelSource =
        location === 'local'
          ? { kind: 'local', location: LOCAL_MODEL_PATH }
          : { kind: 'hub', location: s.hubUrl };
      const jobId = client.run(
        { kind: 'summarize', model: model.trim(), text: article, generation },
        { device: s.device, dtype: s.dtype },
        source,
        { faults: s.faults },
      );
      s.startJob(jobId, 'summarize');
      s.setSummarizeJob(jobId);
    },
    cancel(jobId) {
      client.cancel(jobId);
    },
  };
}
