import { LOCAL_MODEL_PATH } from '../shared/model-host.ts';
import type { JobSpec, ModelSource } from '../shared/protocol.ts';
import type { AppStore } from '../store/store.ts';
import type { InferenceClient } from './inference-client.ts';

export { LOCAL_MODEL_PATH };

export interface JobActions {
  summarize(): void;
  /** Runs any job against the current model host (or the local folder) and tracks it in the store. */
  run(job: JobSpec, location: 'hub' | 'local'): string;
  cancel(jobId: string): void;
}

export function createJobActions(client: InferenceClient, store: AppStore): JobActions {
  const run = (job: JobSpec, location: 'hub' | 'local'): string => {
    const s = store.getState();
    const source: ModelSource =
      location === 'local'
        ? { kind: 'local', location: LOCAL_MODEL_PATH }
        : { kind: 'hub', location: s.hubUrl };
    const jobId = client.run(job, { device: s.device, dtype: s.dtype }, source, { faults: s.faults });
    s.startJob(jobId, job.kind);
    return jobId;
  };
  return {
    run,
    summarize() {
      const s = store.getState();
      const { article, model, location, generation, method, sentenceCount, prefix, chunking } = s.summarize;
      const job: JobSpec =
        method === 'abstractive'
          ? {
              kind: 'summarize',
              model: model.trim(),
              text: article,
              generation,
              chunking: chunking ? 'auto' : 'off',
              ...(prefix === null ? {} : { prefix }),
            }
          : { kind: 'extract', text: article, method, count: sentenceCount };
      s.setSummarizeJob(run(job, location));
    },
    cancel(jobId) {
      client.cancel(jobId);
    },
  };
}
