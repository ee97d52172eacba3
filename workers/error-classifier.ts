import type { Device, JobError, ModelSource } from '../src/shared/protocol/index.ts';

export interface ErrorContext {
  model: string;
  source: ModelSource;
  device: Device;
  online: boolean;
}

/** Errors the worker raises itself, already with a code and a message for people. */
export class JobFailure extends Error {
  constructor(readonly jobError: JobError) {
    super(jobError.message);
    this.name = 'JobFailure';
  }
}

const ESSENTIAL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

function fileOf(message: string): string | null {
  const match = /resolve\/[^/]+\/([^"\s]+)"|models\/[^"\s]*?\/[^/"\s]+\/([^"\s]+)"/.exec(message);
  return match?.[1] ?? match?.[2] ?? null;
}

function where(source: ModelSource): string {
  return source.kind === 'local' ? `the local model folder (${source.location})` : source.location;
}

function notFound(model: string, source: ModelSource): JobError {
  if (source.kind === 'local') {
    // The app's own folder is filled at build time, from files or from the Hub by models:pull.
    return {
      code: 'model-not-found',
      message: `Model "${model}" is not in the app's local model folder (${source.location}). Put its files in public/models/${model}/, or fetch them with \`npm run models:pull -- ${model}\`, then run \`npm start\` again.`,
      retryable: false,
    };
  }
  return {
    code: 'model-not-found',
    message: `Model "${model}" was not found on ${source.location}. Check the id (for example "Xenova/distilbart-cnn-6-6") and the model host.`,
    retryable: false,
  };
}

/**
 * The human part of a runtime message: onnxruntime prefixes its reason with the C++ source path,
 * line and assertion (`/mnt/…/element_wise_ops.h:583 void …::Append(…) axis == 1 … was false.`).
 */
export function shortReason(message: string, max = 160): string {
  const ort = /ERROR_MESSAGE:\s*(?:\S+\.(?:h|cc|cpp|c):\d+\s+)?(?:.*? was false\.\s*)?(.*)$/s.exec(message);
  const reason = (ort?.[1] ?? message).replace(/\s+/g, ' ').trim() || message.trim();
  return reason.length > max ? `${reason.slice(0, max - 1)}…` : reason;
}

/**
 * Turns whatever the runtime threw into a specific, human message. transformers.js reports
 * missing files as `ModelFileNotFoundError` (401/403/404), other HTTP failures as plain
 * `Error (status) occurred…`, and an unreachable host as a bare `TypeError: Failed to fetch`.
 */
export function classifyError(error: unknown, ctx: ErrorContext): JobError {
  if (error instanceof JobFailure) return error.jobError;
  const { name, message } = describeError(error);
  const model = `"${ctx.model}"`;

  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return {
      code: 'quota-exceeded',
      message: `The browser's storage is full, so ${model} cannot be cached. Free space in the Models view (delete cached models) and try again.`,
      retryable: false,
    };
  }
  if (name === 'CorruptDownloadError') {
    return {
      code: 'corrupt-model',
      message: `A file of ${model} from ${where(ctx.source)} was not usable, so nothing was stored: ${message} Try again; if it keeps failing, the host is serving something else than the model file.`,
      retryable: true,
    };
  }
  if (name === 'TokenizationError') {
    return { code: 'invalid-settings', message, retryable: false };
  }
  if (name === 'ModelNotFoundError') return notFound(ctx.model, ctx.source);
  if (name === 'MissingTokenizerError') {
    return {
      code: 'model-not-found',
      message: `Model ${model} on ${where(ctx.source)} has no tokenizer (tokenizer_config.json is missing). Check the id, or pick a model that ships a tokenizer.`,
      retryable: false,
    };
  }
  if (name === 'ModelFileNotFoundError' || /file was not found locally|Could not locate file/.test(message)) {
    const file = fileOf(message);
    if (file === null || ESSENTIAL_FILES.includes(file)) return notFound(ctx.model, ctx.source);
    return {
      code: 'file-not-found',
      message: `Model ${model} has no file "${file}" on ${where(ctx.source)}. It may not ship ONNX weights for this dtype; try another dtype or model.`,
      retryable: false,
    };
  }
  if (/Failed to fetch|NetworkError|fetch failed|Load failed|ECONNREFUSED|network/i.test(message)) {
    if (!ctx.online) {
      return {
        code: 'offline',
        message: `You are offline and ${model} is not stored in this browser. Connect to the network once to download it, or pick a model that is available offline.`,
        retryable: true,
      };
    }
    return {
      code: 'network',
      message: `Could not reach the model host ${where(ctx.source)} while loading ${model}. Check the host address and your connection, then try again.`,
      retryable: true,
    };
  }
  const status = /Error \((\d{3})\) occurred/.exec(message)?.[1];
  if (status) {
    return {
      code: 'network',
      message: `The model host ${where(ctx.source)} answered with HTTP ${status} while loading ${model}. Try again later.`,
      retryable: true,
    };
  }
  if (/Unsupported model type|Unknown model class|not supported/i.test(message)) {
    return {
      code: 'unsupported-model',
      message: `Model ${model} is not a model this view can run (${shortReason(message)}).`,
      retryable: false,
      details: message,
    };
  }
  if (/Missing required scale|TransposeDQWeightsForMatMulNBits/.test(message)) {
    // transformers.js 4.x on WASM: q8 sessions of tied-embedding seq2seq models fail to build
    // (issues #1635, #1667, #1637); fp32 weights work. The client retries with them.
    return {
      code: 'dtype-failed',
      message: `The int8 (q8) weights of ${model} cannot run in this browser (a known onnxruntime-web problem with these models), so it is retried with fp32 weights.`,
      retryable: true,
      details: message,
    };
  }
  if (
    /protobuf|Can't create a session|failed to load model|Unexpected token|JSON|invalid wire type|ERROR_CODE: 7/i.test(
      message,
    )
  ) {
    return {
      code: 'corrupt-model',
      message: `The files of ${model} could not be read. A download may have been cut off or the host sent something else; delete the cached copy in Models & offline and try again.`,
      retryable: true,
      details: message,
    };
  }
  if (/OrtRun|error occurred during model execution|ERROR_CODE/i.test(message)) {
    return {
      code: 'model-failed',
      message: `Model ${model} stopped with an error while running (${shortReason(message)}). Its files may not match its config, or the input is one it cannot take. The inference worker was restarted, so other jobs are not affected.`,
      retryable: false,
      details: message,
    };
  }
  return {
    code: 'internal',
    message: `Something went wrong while running ${model} (${shortReason(message)}). The inference worker was restarted, so other jobs are not affected.`,
    retryable: false,
    details: message,
  };
}
