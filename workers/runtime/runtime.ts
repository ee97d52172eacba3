/**
 * The real `InferenceRuntime`, on transformers.js (through `transformers.ts`, the only module
 * that imports it). Everything else in the worker talks to the interface, so it can be tested
 * without a browser or a model.
 */
import {
  AutoConfig,
  AutoModelForCausalLM,
  AutoModelForSeq2SeqLM,
  AutoModelForSequenceClassification,
  AutoTokenizer,
  env,
  ModelRegistry,
  type PreTrainedTokenizer,
  type ProgressInfo,
} from './transformers.ts';
import type { Capabilities, ModelSource } from '../../src/shared/protocol/index.ts';
import { bundledTokenizer, BUNDLED_FOLDER } from '../../src/shared/tokenization/bundled.ts';
import { withContentCache } from '../../src/shared/tokenization/content-cache.ts';
import { encodeForModel } from '../../src/shared/tokenization/encode-for-model.ts';
import { wrapTransformersTokenizer } from '../../src/shared/tokenization/transformers-adapter.ts';
import type { RawTokenizer } from '../../src/shared/tokenization/types.ts';
import { SerialQueue } from '../tasks/serial-queue.ts';
import { probeCapabilities } from './capabilities.ts';
import {
  createModelStore,
  createVerifyingFetch,
  type CacheStorageLike,
  type ModelStore,
} from '../model-store/index.ts';
import { createClassifierBundle } from './classifier-session.ts';
import { createTransformersStepModel } from './step-model.ts';
import {
  MissingTokenizerError,
  ModelNotFoundError,
  type InferenceRuntime,
  type LoadKind,
  type LoadProgress,
  type LoadRequest,
  type ClassifierBundle,
  type ModelKinds,
  type OnLoadProgress,
  type Seq2SeqBundle,
  type TextTokenizer,
} from './runtime-types.ts';

export interface RuntimeOptions {
  /** Where the app serves onnxruntime-web's runtime files; never a CDN. Omit in Node. */
  wasmPaths?: { wasm: string; mjs: string };
  /**
   * Where downloaded model files are kept (the worker's `caches`); omit in Node tests. Files go
   * through our model store, which validates them and keys them by host, model and revision.
   */
  modelStorage?: CacheStorageLike;
  /** The app's base URL path (Vite's BASE_URL), where bundled tokenizers are served. */
  appBase?: string;
  /** WASM threads for onnxruntime-web: more than 1 only works when the page is cross-origin isolated. */
  wasmThreads?: number;
  /**
   * The transformers.js device for the app's `wasm`: in Node (the CLI, tests) onnxruntime-node runs
   * the same models as `cpu`, so the worker's own tasks run there unchanged.
   */
  wasmDevice?: 'wasm' | 'cpu';
}

type Loaders = {
  [K in LoadKind]: (request: LoadRequest, onProgress: OnLoadProgress) => Promise<ModelKinds[K]>;
};

export function createTransformersRuntime(options: RuntimeOptions): InferenceRuntime {
  const store = configureBackend(options);
  const loads = new SerialQueue();
  const appBase = options.appBase ?? '/';
  const loaders: Loaders = {
    seq2seq: (request, onProgress) => {
      useSource(request.source, store);
      return loadGenerator(AutoModelForSeq2SeqLM, request, onProgress, options.wasmDevice ?? 'wasm');
    },
    tokenizer: (request, onProgress) => loadRawTokenizer(request, onProgress, appBase, store),
    classifier: (request, onProgress) => {
      useSource(request.source, store);
      return loadClassifier(request, onProgress, options.wasmDevice ?? 'wasm');
    },
    causal: (request, onProgress) => {
      useSource(request.source, store);
      return loadGenerator(AutoModelForCausalLM, request, onProgress, options.wasmDevice ?? 'wasm');
    },
    config: async (request, onProgress) => {
      useSource(request.source, store);
      const config = await AutoConfig.from_pretrained(request.model, {
        progress_callback: progressCallback(onProgress),
      });
      return { ...config };
    },
  };
  return {
    probeCapabilities: (): Promise<Capabilities> => probeCapabilities(),
    // `env` is global to the library, so loads that set the source for their files run one at a time.
    load: (kind, request, onProgress) =>
      loads.run(() => withStoreErrors(store, () => loaders[kind](request, onProgress), onProgress)),
  };
}

/**
 * transformers.js only logs a failed cache `put` (a refused download, a full quota) and goes on
 * with the bytes it read, so the store keeps those errors and we raise them here: a corrupt file
 * fails the load with its own message; a full quota is a warning (it runs, but is not saved).
 */
async function withStoreErrors<T>(
  store: ModelStore | null,
  load: () => Promise<T>,
  onProgress: (p: LoadProgress) => void,
): Promise<T> {
  store?.takeErrors();
  try {
    const result = await load();
    for (const error of store?.takeErrors() ?? []) {
      if (error.name === 'CorruptDownloadError') throw error;
      onProgress({
        status: 'warning',
        message: `${error.message} It works now but will download again next time.`,
      });
    }
    return result;
  } catch (error) {
    const stored = store?.takeErrors().find((e) => e.name === 'CorruptDownloadError');
    throw stored ?? error;
  }
}

function configureBackend(options: RuntimeOptions): ModelStore | null {
  env.useBrowserCache = false;
  env.useFSCache = false;
  const store = options.modelStorage ? createModelStore({ storage: options.modelStorage }) : null;
  if (store) {
    env.useCustomCache = true;
    env.customCache = store;
    env.fetch = createVerifyingFetch(env.fetch);
  }
  const wasm = env.backends.onnx.wasm;
  if (wasm && options.wasmPaths) {
    // The object form makes transformers.js fetch these two URLs (from our origin) and store them
    // in the browser cache, instead of its default jsDelivr URLs.
    wasm.wasmPaths = { ...options.wasmPaths };
  }
  if (wasm && options.wasmThreads !== undefined) wasm.numThreads = options.wasmThreads;
  return store;
}

function useSource(source: ModelSource, store: ModelStore | null): void {
  store?.setSource(source);
  if (source.kind === 'local') {
    env.allowLocalModels = true;
    env.allowRemoteModels = false;
    env.localModelPath = source.location;
  } else {
    env.allowLocalModels = false;
    env.allowRemoteModels = true;
    env.remoteHost = source.location.endsWith('/') ? source.location : `${source.location}/`;
    env.remotePathTemplate = '{model}/resolve/{revision}/';
  }
}

/** Bundled tokenizers are local models in the app's own `tokenizers/` folder. */
async function loadRawTokenizer(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  appBase: string,
  store: ModelStore | null,
): Promise<RawTokenizer> {
  const bundled = bundledTokenizer(request.model);
  useSource(bundled ? { kind: 'local', location: `${appBase}${BUNDLED_FOLDER}` } : request.source, store);
  const tokenizer = await loadTokenizer(bundled ? bundled.name : request.model, progressCallback(onProgress));
  // Re-encoding the same text under new settings is the lab's common case: cache the content.
  return withContentCache(wrapTransformersTokenizer(tokenizer));
}

function progressCallback(onProgress: (p: LoadProgress) => void) {
  return (info: ProgressInfo) => {
    const p = toLoadProgress(info);
    if (p) onProgress(p);
  };
}

function toLoadProgress(info: ProgressInfo): LoadProgress | null {
  switch (info.status) {
    case 'initiate':
    case 'download':
    case 'done':
      return { status: info.status, file: info.file };
    case 'progress':
      return { status: 'progress', file: info.file, loaded: info.loaded, total: info.total };
    default:
      return null; // `ready` and `progress_total`: we aggregate per file ourselves.
  }
}

/** A model our engine generates with: seq2seq (encoder + merged decoder) or decoder-only. */
async function loadGenerator(
  auto: typeof AutoModelForSeq2SeqLM | typeof AutoModelForCausalLM,
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  wasmDevice: 'wasm' | 'cpu',
): Promise<Seq2SeqBundle> {
  const progress_callback = progressCallback(onProgress);
  // config.json first: a missing repository then fails with a clear 404 on the one file every model has.
  const config = await AutoConfig.from_pretrained(request.model, { progress_callback });
  const tokenizer = await loadTokenizer(request.model, progress_callback);
  const model = await auto.from_pretrained(request.model, {
    config,
    device: request.device === 'wasm' ? wasmDevice : request.device,
    dtype: request.dtype,
    progress_callback,
  });
  return {
    device: request.device,
    tokenizer: wrapTokenizer(tokenizer),
    config: { ...model.config },
    generationConfig: { ...(model.generation_config ?? {}) },
    createStepModel: () => createTransformersStepModel(model),
    dispose: async () => {
      await model.dispose();
    },
  };
}

async function loadClassifier(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  wasmDevice: 'wasm' | 'cpu',
): Promise<ClassifierBundle> {
  const progress_callback = progressCallback(onProgress);
  const config = await AutoConfig.from_pretrained(request.model, { progress_callback });
  const modelType = typeof config.model_type === 'string' ? config.model_type : null;
  const tokenizer = await loadTokenizer(request.model, progress_callback);
  const model = await AutoModelForSequenceClassification.from_pretrained(request.model, {
    config,
    device: request.device === 'wasm' ? wasmDevice : request.device,
    dtype: request.dtype,
    progress_callback,
  });
  // A zero-shot text is encoded once per candidate label: cache its content encoding.
  const raw = withContentCache(wrapTransformersTokenizer(tokenizer, { modelType }));
  return createClassifierBundle(model, raw, request.device);
}

async function loadTokenizer(
  model: string,
  progress_callback: (info: ProgressInfo) => void,
): Promise<PreTrainedTokenizer> {
  try {
    return await AutoTokenizer.from_pretrained(model, { progress_callback });
  } catch (error) {
    if (error instanceof TypeError && error.message.includes('tokenizer_class'))
      throw await whyNoTokenizer(model);
    throw error;
  }
}

/**
 * transformers.js only checks `tokenizer_config.json` and, when it is absent (404), finds no
 * tokenizer files, whether the repository lacks that one file or does not exist at all. The
 * files every repository has tell the two apart. A 401/403 or a network failure while checking
 * is thrown as it is (the classifier names those).
 */
async function whyNoTokenizer(model: string): Promise<Error> {
  const probes = await Promise.all(
    ['config.json', 'tokenizer.json'].map((file) => ModelRegistry.get_file_metadata(model, file)),
  );
  return probes.some((p) => p.exists) ? new MissingTokenizerError(model) : new ModelNotFoundError(model);
}

/** The summarizer's view of a tokenizer, with the lab's Python-exact truncation. */
export function wrapTokenizer(tokenizer: PreTrainedTokenizer): TextTokenizer {
  const raw = wrapTransformersTokenizer(tokenizer);
  return {
    modelMaxLength: raw.modelMaxLength ?? Infinity,
    raw,
    encode(text, { addSpecialTokens, maxLength }) {
      const e = encodeForModel(raw, text, { addSpecialTokens, maxLength: maxLength ?? null });
      return { ids: e.ids, tokens: e.tokens, attentionMask: e.attentionMask, truncated: e.cut };
    },
    decode: (ids, { skipSpecialTokens }) => raw.decode(ids, { skipSpecialTokens }),
  };
}
