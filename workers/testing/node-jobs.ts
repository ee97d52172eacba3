/**
 * Jobs through the worker's real job runner and transformers.js runtime in Node, on the fixture
 * folder: what the worker would do in the browser, minus the browser. transformers.js opens ONNX
 * files by path in Node, so models come from the local folder (without its file cache it cannot
 * turn a download into a path).
 */
import { resolve } from 'node:path';
import type { FromWorker, JobSpec, ModelSource } from '../../src/shared/protocol/index.ts';
import { createErrorMapper, createJobRunner } from '../job-runner.ts';
import { MessageHost } from '../message-host.ts';
import { createTransformersRuntime } from '../runtime/runtime.ts';

export function nodeJobs(root = 'fixtures/hub') {
  const { run } = createJobRunner(createTransformersRuntime({ wasmDevice: 'cpu' }));
  let jobCount = 0;
  /** Runs `job` to its end: every event it sent, and the terminal one. */
  return async function runJob(
    job: JobSpec,
    source?: ModelSource,
  ): Promise<{ end: FromWorker; events: FromWorker[] }> {
    const events: FromWorker[] = [];
    const end = await new Promise<FromWorker>((done) => {
      const host = new MessageHost(
        (event) => {
          events.push(event);
          if (event.type === 'done' || event.type === 'error' || event.type === 'cancelled') done(event);
        },
        run,
        createErrorMapper(() => 'wasm'),
      );
      host.handle({
        type: 'run',
        jobId: `j${++jobCount}`,
        job,
        runtime: { device: 'wasm', dtype: 'fp32' },
        source: source ?? { kind: 'local', location: `${resolve(root)}/` },
      });
    });
    return { end, events };
  };
}
