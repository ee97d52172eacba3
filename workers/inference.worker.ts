/// <reference lib="webworker" />
/**
 * Worker entry: wires the real runtime to the message host. Kept tiny on purpose; the logic
 * lives in modules that are unit-tested without a browser.
 */
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.asyncify.mjs?url';
import type { Device, FromWorker, ToWorker } from '../src/shared/protocol/index.ts';
import { createErrorMapper, createJobRunner, resetsWorker } from './job-runner.ts';
import { MessageHost } from './message-host.ts';
import { createTransformersRuntime } from './runtime/runtime.ts';

declare const self: DedicatedWorkerGlobalScope;

const absolute = (url: string) => new URL(url, self.location.href).href;
// Threads need SharedArrayBuffer, i.e. a cross-origin isolated page (COOP/COEP headers);
// otherwise onnxruntime-web runs on one thread. Half the cores (at most 4) leaves the rest to the
// page and the browser: on 2 cores a second thread measured slower (npm run bench).
// The page may ask for a number (`?threads=`), passed in the worker's name.
const requested = Number(/threads=(\d+)/.exec(self.name)?.[1] ?? NaN);
const cores = self.navigator.hardwareConcurrency;
const wasmThreads = !self.crossOriginIsolated
  ? 1
  : Number.isInteger(requested) && requested >= 1
    ? Math.min(requested, cores)
    : Math.max(1, Math.min(4, Math.floor(cores / 2)));
const runtime = createTransformersRuntime({
  wasmPaths: { wasm: absolute(ortWasmUrl), mjs: absolute(ortMjsUrl) },
  modelStorage: caches,
  appBase: import.meta.env.BASE_URL,
  wasmThreads,
});

// Files cached by earlier versions went unchecked into transformers.js's own cache (an HTML error
// page could be stored as a model file); the model store replaced it, so free that space.
void caches.delete('transformers-cache').catch(() => undefined);

const devices = new Map<string, Device>();
const post = (event: FromWorker) => {
  if (event.type === 'runtime') devices.set(event.jobId, event.runtime.device);
  self.postMessage(event);
};

const { run, capabilities } = createJobRunner(runtime, { storage: caches });
const host = new MessageHost(
  post,
  run,
  createErrorMapper((jobId) => devices.get(jobId)),
  resetsWorker,
);
self.onmessage = (event: MessageEvent<ToWorker>) => host.handle(event.data);
void capabilities().then((caps) => post({ type: 'capabilities', capabilities: { ...caps, wasmThreads } }));
