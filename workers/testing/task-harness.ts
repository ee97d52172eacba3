/**
 * One harness for worker task tests: the real job runner, task table, model loader and message
 * host over a fake runtime, with every event captured. `run` sends a job as the client would.
 */
import type { FromWorker, JobSpec, RunOptions, RuntimeRequest } from '../../src/shared/protocol/index.ts';
import { createErrorMapper, createJobRunner, resetsWorker, type RunnerEnvironment } from '../job-runner.ts';
import { MessageHost } from '../message-host.ts';
import type { FakeRuntime } from './fake-runtime.ts';

export interface RunSpec {
  jobId?: string;
  runtime?: RuntimeRequest;
  source?: { kind: 'hub' | 'local'; location: string };
  options?: RunOptions;
}

export const TEST_HOST = 'http://hub.test';

export function taskHarness(runtime: FakeRuntime, environment: Partial<RunnerEnvironment> = {}) {
  const events: FromWorker[] = [];
  let clock = 0;
  const { run } = createJobRunner(runtime, { storage: null, now: () => (clock += 1), ...environment });
  const host = new MessageHost(
    (e) => events.push(e),
    run,
    createErrorMapper(() => 'wasm'),
    resetsWorker,
  );
  let counter = 0;
  return {
    host,
    events,
    runtime,
    /** Sends `job`; resolves with the job's terminal event once the host has answered. */
    async run(job: JobSpec, spec: RunSpec = {}) {
      const jobId = spec.jobId ?? `job-${(counter += 1)}`;
      host.handle({
        type: 'run',
        jobId,
        job,
        runtime: spec.runtime ?? { device: 'auto', dtype: 'auto' },
        source: spec.source ?? { kind: 'hub', location: TEST_HOST },
        ...(spec.options ? { options: spec.options } : {}),
      });
      return settle(jobId);
    },
    /** This job's events, in order. */
    eventsOf(jobId: string): FromWorker[] {
      return events.filter((e) => e.type !== 'capabilities' && e.jobId === jobId);
    },
  };

  async function settle(jobId: string) {
    for (let i = 0; i < 1000; i++) {
      const end = events.find(
        (e) => (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') && e.jobId === jobId,
      );
      if (end) return end;
      await new Promise((r) => setTimeout(r, 0));
    }
    throw new Error(`Job ${jobId} did not end.`);
  }
}
