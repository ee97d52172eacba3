/**
 * A runtime for task tests: give it only the loaders a test needs (`seq2seq`, `tokenizer`, …);
 * asking for another kind fails the test with a clear message. Every load is recorded.
 */
import type { Capabilities } from '../../src/shared/protocol/index.ts';
import type {
  InferenceRuntime,
  LoadKind,
  LoadRequest,
  ModelKinds,
  OnLoadProgress,
} from '../runtime/runtime-types.ts';

export const CPU_ONLY: Capabilities = {
  webgpu: false,
  adapter: null,
  shaderF16: false,
  crossOriginIsolated: false,
  hardwareConcurrency: 2,
  wasmThreads: 1,
};

export type FakeLoaders = {
  [K in LoadKind]?: (request: LoadRequest, onProgress: OnLoadProgress) => Promise<ModelKinds[K]>;
};

export interface FakeRuntime extends InferenceRuntime {
  loads: Array<{ kind: LoadKind } & LoadRequest>;
}

export function fakeRuntime(loaders: FakeLoaders, capabilities: Capabilities = CPU_ONLY): FakeRuntime {
  const loads: FakeRuntime['loads'] = [];
  return {
    loads,
    probeCapabilities: async () => capabilities,
    async load<K extends LoadKind>(kind: K, request: LoadRequest, onProgress: OnLoadProgress) {
      loads.push({ kind, ...request });
      const loader: FakeLoaders[K] = loaders[kind];
      if (!loader) throw new Error(`This test's fake runtime has no "${kind}" loader.`);
      return loader(request, onProgress);
    },
  };
}
