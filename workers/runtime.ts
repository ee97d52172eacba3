/**
 * The only module that imports @huggingface/transformers. Everything else in the worker talks
 * to the `InferenceRuntime` interface, so it can be tested without a browser or a model.
 */
import {
  AutoConfig,
  AutoModelForSeq2SeqLM,
  AutoTokenizer,
  env,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  type ProgressInfo,
} from '@huggingface/transformers';
import type { Capabilities, ModelSource } from '../src/shared/protocol.ts';
import { truncateKeepingSpecials } from '../src/shared/truncation.ts';
import { probeCapabilities } from './capabilities.ts';
import { createTransformersStepModel } from './generation/transformers-step-model.ts';
import {
  MissingTokenizerError,
  type InferenceRuntime,
  type LoadProgress,
  type LoadRequest,
  type Seq2SeqBundle,
  type TextTokenizer,
} from './runtime-types.ts';

export { Tensor, DynamicCache } from '@huggingface/transformers';
export type { PreTrainedModel, PreTrainedTokenizer } from '@huggingface/transformers';

export interface RuntimeOptions {
  /** Where the app serves onnxruntime-web's runtime files; never a CDN. Omit in Node. */
  wasmPaths?: { wasm: string; mjs: string };
  /** Cache downloaded files in the browser's Cache API (off in Node tests). */
  browserCache: boolean;
}

export function createTransformersRuntime(options: RuntimeOptions): InferenceRuntime {
  configureBackend(options);
  const loads = new SerialQueue();
  return {
    probeCapabilities: (): Promise<Capabilities> => probeCapabilities(),
    // `env` is global to the library, so loads that set the source for their files run one at a time.
    loadSeq2Seq: (request, onProgress) => loads.run(() => loadSeq2Seq(request, onProgress)),
  };
}

function configureBackend(options: RuntimeOptions): void {
  env.useBrowserCache = options.browserCache;
  env.useFSCache = false;
  const wasm = env.backends.onnx.wasm;
  if (wasm && options.wasmPaths) {
    // The object form makes transformers.js fetch these two URLs (from our origin) and store them
    // in the browser cache, instead of its default jsDelivr URLs.
    wasm.wasmPaths = { ...options.wasmPaths };
  }
}

function useSource(source: ModelSource): void {
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

async function loadSeq2Seq(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
): Promise<Seq2SeqBundle> {
  useSource(request.source);
  const progress_callback = (info: ProgressInfo) => {
    const p = toLoadProgress(info);
    if (p) onProgress(p);
  };
  // config.json first: a missing repository then fails with a clear 404 on the one file every model has.
  const config = await AutoConfig.from_pretrained(request.model, { progress_callback });
  const tokenizer = await loadTokenizer(request.model, progress_callback);
  const model = await AutoModelForSeq2SeqLM.from_pretrained(request.model, {
    config,
    device: request.device,
    dtype: request.dtype,
    progress_callback,
  });
  return {
    tokenizer: wrapTokenizer(tokenizer),
    config: { ...model.config },
    generationConfig: { ...(model.generation_config ?? {}) },
    createStepModel: () => createTransformersStepModel(model),
    dispose: async () => {
      await model.dispose();
    },
  };
}

async function loadTokenizer(
  model: string,
  progress_callback: (info: ProgressInfo) => void,
): Promise<PreTrainedTokenizer> {
  try {
    return await AutoTokenizer.from_pretrained(model, { progress_callback });
  } catch (error) {
    if (error instanceof TypeError && error.message.includes('tokenizer_class'))
      throw new MissingTokenizerError(model);
    throw error;
  }
}

export function wrapTokenizer(tokenizer: PreTrainedTokenizer): TextTokenizer {
  const inner = tokenizer._tokenizer;
  return {
    modelMaxLength: Number.isFinite(tokenizer.model_max_length) ? tokenizer.model_max_length : Infinity,
    encode(text, { addSpecialTokens, maxLength }) {
      const full = inner.encode(text, { add_special_tokens: addSpecialTokens });
      if (maxLength === undefined || full.ids.length <= maxLength) {
        return { ids: full.ids, tokens: full.tokens, attentionMask: full.attention_mask };
      }
      if (!addSpecialTokens) {
        const ids = full.ids.slice(0, maxLength);
        return { ids, tokens: full.tokens.slice(0, maxLength), attentionMask: ids.map(() => 1) };
      }
      const content = inner.encode(text, { add_special_tokens: false });
      const { row } = truncateKeepingSpecials(full, content, maxLength);
      return { ...row, attentionMask: row.ids.map(() => 1) };
    },
    decode(ids, { skipSpecialTokens }) {
      return tokenizer.decode([...ids], { skip_special_tokens: skipSpecialTokens });
    },
  };
}

/** Runs async tasks one after another. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export type { PreTrainedModel as LoadedModel };
