/// <reference lib="webworker" />
/**
 * Worker entry: wires the real runtime to the message host. Kept tiny on purpose; the logic
 * lives in modules that are unit-tested without a browser.
 */
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import type { Device, FromWorker, ToWorker } from '../src/shared/protocol.ts';
import { createErrorMapper, createJobRunner } from './job-runner.ts';
import { MessageHost } from './message-host.ts';
import { createTransformersRuntime } from './runtime.ts';

declare const self: DedicatedWorkerGlobalScope;

const absolute = (url: string) => new URL(url, self.location.href).href;
const runtime = createTransformersRuntime({
  wasmPaths: { wasm: absolute(ortWasmUrl), mjs: absolute(ortMjsUrl) },
  browserCache: true,
  appBase: import.meta.env.BASE_URL,
});

const devices = new Map<string, Device>();
const post = (event: FromWorker) => {
  if (event.type === 'runtime') devices.set(event.jobId, event.runtime.device);
  self.postMessage(event);
};

const { run, capabilities } = createJobRunner(runtime);
const host = new MessageHost(
  post,
  run,
  createErrorMapper((jobId) => devices.get(jobId)),
);
self.onmessage = (event: MessageEvent<ToWorker>) => host.handle(event.data);
void capabilities().then((caps) => post({ type: 'capabilities', capabilities: caps }));
