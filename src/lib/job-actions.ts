import { LOCAL_MODEL_PATH } from '../shared/model-host.ts';
import type { DtypeChoice, JobSpec, ModelSource } from '../shared/protocol/index.ts';
import type { AppStore } from '../store/store.ts';
import type { InferenceClient } from './inference-client.ts';

export { LOCAL_MODEL_PATH };

export interface JobActions {
  /**
   * Runs any job against the current model host (or the app's local folder) and tracks it in the
   * store. With a slot (a view's place for its latest job), the job it replaces is forgotten.
   */
  run(job: JobSpec, location: 'hub' | 'local', slot?: string, runtime?: { dtype?: DtypeChoice }): string;
  cancel(jobId: string): void;
}

export function createJobActions(client: InferenceClient, store: AppStore): JobActions {
  return {
    run(job, location, slot, runtime) {
      const s = store.getState();
      const source: ModelSource =
        location === 'local'
          ? { kind: 'local', location: LOCAL_MODEL_PATH }
          : { kind: 'hub', location: s.hubUrl };
      // A model that must run with one dtype (see ClassifierModel.dtype) overrides the setting.
      const dtype = runtime?.dtype ?? s.dtype;
      const jobId = client.run(job, { device: s.device, dtype }, source, { faults: s.faults });
      s.startJob(jobId, job.kind, slot);
      return jobId;
    },
    cancel(jobId) {
      client.cancel(jobId);
    },
  };
}
