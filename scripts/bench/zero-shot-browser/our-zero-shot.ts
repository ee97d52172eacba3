/**
 * Our side of the zero-shot bench, for both of its halves (Node in ../zero-shot.ts, Chromium in
 * page.ts): each call is one zero-shot job through the worker's job runner and message host, as
 * the app's worker runs it; models stay loaded between calls.
 */
import type {
  FromWorker,
  ModelSource,
  ZeroShotJob,
  ZeroShotResult,
} from '../../../src/shared/protocol/index.ts';
import { createErrorMapper, createJobRunner } from '../../../workers/job-runner.ts';
import { MessageHost } from '../../../workers/message-host.ts';
import type { InferenceRuntime } from '../../../workers/runtime/runtime-types.ts';
import type { RankedScores } from '../zero-shot-compare.ts';

export interface ZeroShotSetup {
  model: string;
  source: ModelSource;
  labels: string[];
  template: string;
}

export interface OurZeroShot {
  classify(texts: string[]): Promise<RankedScores[]>;
  /** The last call's full result (batching, pairs and their tokens). */
  last(): ZeroShotResult | null;
}

export function ourZeroShot(runtime: InferenceRuntime, setup: ZeroShotSetup): OurZeroShot {
  const { run } = createJobRunner(runtime);
  const pending = new Map<string, (event: FromWorker) => void>();
  const host = new MessageHost(
    (event) => {
      if (event.type !== 'done' && event.type !== 'error' && event.type !== 'cancelled') return;
      pending.get(event.jobId)?.(event);
      pending.delete(event.jobId);
    },
    run,
    createErrorMapper(() => 'wasm'),
  );
  let jobs = 0;
  let last: ZeroShotResult | null = null;
  return {
    async classify(texts) {
      const jobId = `bench-zero-shot-${++jobs}`;
      const job: ZeroShotJob = {
        kind: 'zero-shot',
        model: setup.model,
        texts,
        labels: setup.labels,
        template: setup.template,
        multiLabel: false,
      };
      const end = await new Promise<FromWorker>((resolve) => {
        pending.set(jobId, resolve);
        host.handle({
          type: 'run',
          jobId,
          job,
          runtime: { device: 'wasm', dtype: 'fp32' },
          source: setup.source,
        });
      });
      if (end.type === 'error')
        throw new Error(`zero-shot job failed: ${end.error.code}: ${end.error.message}`);
      if (end.type !== 'done' || end.result.kind !== 'zero-shot')
        throw new Error(`zero-shot job ended ${end.type}`);
      last = end.result;
      return end.result.items;
    },
    last: () => last,
  };
}
