/**
 * One loader for every kind of model a task asks for (seq2seq, tokenizer, config…): the runtime
 * choice and its announcement, injected faults, per-file progress that reaches every job sharing
 * a load, and a cache that shares loads and keeps a few models per kind.
 */
import { chooseRuntime } from '../../src/shared/runtime-policy.ts';
import { bundledTokenizer } from '../../src/shared/tokenization/bundled.ts';
import type { Capabilities } from '../../src/shared/protocol/index.ts';
import {
  RUNTIME_FREE_KINDS,
  type InferenceRuntime,
  type LoadKind,
  type LoadRequest,
  type ModelKinds,
} from '../runtime/runtime-types.ts';
import { ModelCache } from './model-cache.ts';
import { ProgressHub } from './progress-hub.ts';
import type { SerialQueue } from './serial-queue.ts';
import { createProgressReporter } from './progress-reporter.ts';
import type { JobContext, RunMessage } from '../message-host.ts';

/** What a load needs of its job: the run message (source, runtime, options) and its events. */
export type LoadContext = Pick<JobContext, 'emit'> & { readonly message: RunMessage };

/** What transformers.js 4.x throws for q8 tied-embedding seq2seq models (issues #1635, #1667). */
export const Q8_SESSION_FAILURE =
  "Can't create a session. ERROR_CODE: 1, ERROR_MESSAGE: qdq_actions.cc:137 TransposeDQWeightsForMatMulNBits Missing required scale: model.shared.weight_merged_0_scale (injected by faults=q8-session)";

/** How many models of a kind stay loaded: two of each kind with sessions (two panes side by side). */
const CAPACITY: { [K in LoadKind]: number } = {
  seq2seq: 2,
  tokenizer: 16,
  config: 16,
  classifier: 2,
  causal: 2,
};

/** Seq2seq and classifier bundles hold ONNX sessions; tokenizers and configs are left to the garbage collector. */
const DISPOSE: { [K in LoadKind]: (value: ModelKinds[K]) => Promise<void> } = {
  seq2seq: (bundle) => bundle.dispose(),
  classifier: (bundle) => bundle.dispose(),
  causal: (bundle) => bundle.dispose(),
  tokenizer: async () => undefined,
  config: async () => undefined,
};

interface Loaded<T> {
  value: T;
  dispose(): Promise<void>;
}

type Caches = { [K in LoadKind]: ModelCache<Loaded<ModelKinds[K]>> };

export interface ModelLoader {
  /** Loads `model` as `kind` for this job (or reuses it), reporting the runtime and progress. */
  load<K extends LoadKind>(kind: K, model: string, ctx: LoadContext): Promise<ModelKinds[K]>;
  /** Disposes and forgets every loaded model (after their files were deleted). */
  clear(): void;
}

export function createModelLoader(
  runtime: InferenceRuntime,
  capabilities: () => Promise<Capabilities>,
  now: () => number,
  /** WebGPU loads wait for runs on the GPU to end (see TaskServices.gpu). */
  gpu: SerialQueue,
): ModelLoader {
  const caches: Caches = {
    seq2seq: new ModelCache(() => CAPACITY.seq2seq),
    tokenizer: new ModelCache(() => CAPACITY.tokenizer),
    config: new ModelCache(() => CAPACITY.config),
    classifier: new ModelCache(() => CAPACITY.classifier),
    causal: new ModelCache(() => CAPACITY.causal),
  };
  const inFlight = new Map<string, ProgressHub>();

  async function requestFor(kind: LoadKind, model: string, ctx: LoadContext): Promise<LoadRequest> {
    const { source } = ctx.message;
    // Tokenizer and config files are the same for every device; no runtime is announced for them.
    if (RUNTIME_FREE_KINDS.has(kind)) return { model, source, device: 'wasm', dtype: 'fp32' };
    const choice = chooseRuntime(await capabilities(), ctx.message.runtime);
    const { dtype } = choice;
    const reason = ctx.message.options?.fallbackFrom?.reason ?? choice.reason;
    ctx.emit({
      type: 'runtime',
      runtime: {
        device: choice.device,
        dtype,
        fellBack: reason !== undefined,
        ...(reason ? { reason } : {}),
      },
    });
    const faults = ctx.message.options?.faults ?? [];
    if (choice.device === 'webgpu' && faults.includes('webgpu-session'))
      throw new Error('Injected WebGPU session failure (faults=webgpu-session).');
    if (dtype === 'q8' && faults.includes('q8-session')) throw new Error(Q8_SESSION_FAILURE);
    return { model, source, device: choice.device, dtype };
  }

  return {
    async load<K extends LoadKind>(kind: K, model: string, ctx: LoadContext): Promise<ModelKinds[K]> {
      const request = await requestFor(kind, model, ctx);
      ctx.emit({ type: 'status', stage: 'loading' });
      const { source } = request;
      const key = RUNTIME_FREE_KINDS.has(kind)
        ? `${source.kind}:${source.location}|${model}`
        : `${source.kind}:${source.location}|${model}|${request.device}|${request.dtype}`;
      const origin = kind === 'tokenizer' && bundledTokenizer(model) !== null ? 'bundled' : 'download';
      const reporter = createProgressReporter(ctx, now, origin);
      const cache: Caches[K] = caches[kind];
      const promise = cache.get(kind, key, async () => {
        const hub = new ProgressHub();
        inFlight.set(`${kind}|${key}`, hub);
        try {
          const load = () => runtime.load(kind, request, hub.emit);
          const value =
            request.device === 'webgpu' && !RUNTIME_FREE_KINDS.has(kind) ? await gpu.run(load) : await load();
          return { value, dispose: () => DISPOSE[kind](value) };
        } finally {
          inFlight.delete(`${kind}|${key}`);
        }
      });
      const unsubscribe = inFlight.get(`${kind}|${key}`)?.subscribe(reporter.onProgress);
      try {
        return (await promise).value;
      } finally {
        unsubscribe?.();
        reporter.flush();
      }
    },
    clear() {
      for (const cache of Object.values(caches)) cache.clear();
    },
  };
}
