/**
 * The small interface the worker's logic needs from the ML runtime. `runtime.ts` implements it
 * with transformers.js; unit tests implement it with plain objects, so the host, cache and task
 * logic run without a browser or a model.
 */
import type { Capabilities, Device, Dtype, ModelSource } from '../../src/shared/protocol/index.ts';
import type { StepModel } from '../generation/step-model.ts';
import type { RawTokenizer } from '../../src/shared/tokenization/types.ts';

/** transformers.js progress events, narrowed to what we use. */
export type LoadProgress =
  | { status: 'initiate' | 'download' | 'done'; file: string }
  | { status: 'progress'; file: string; loaded: number; total: number }
  /** Something the person should know that does not stop the job (e.g. storage full). */
  | { status: 'warning'; message: string };

export interface LoadRequest {
  model: string;
  source: ModelSource;
  device: Device;
  dtype: Dtype;
}

export interface Encoding {
  ids: number[];
  tokens: string[];
  attentionMask: number[];
  /** Content tokens cut to fit `maxLength` (special tokens are kept, as in Python). */
  truncated: number;
}

export interface TextTokenizer {
  /** The tokenizer's `model_max_length` (how many tokens the model accepts). */
  readonly modelMaxLength: number;
  /** The tokenizer itself: special tokens, vocabulary look-ups. */
  readonly raw: RawTokenizer;
  encode(text: string, options: { addSpecialTokens: boolean; maxLength?: number }): Encoding;
  decode(ids: readonly number[], options: { skipSpecialTokens: boolean }): string;
}

export interface Seq2SeqBundle {
  /** What its sessions run on. */
  device: Device;
  tokenizer: TextTokenizer;
  /** `config.json` and `generation_config.json` as loaded, for generation defaults. */
  config: Record<string, unknown>;
  generationConfig: Record<string, unknown>;
  /** A fresh step model (its own KV cache) for one generation. */
  createStepModel(): StepModel;
  dispose(): Promise<void>;
}

/**
 * A decoder-only LM (`AutoModelForCausalLM`, one `model` session with a KV cache): the same parts
 * as a seq2seq bundle, and its step model continues the prompt instead of a decoder start.
 */
export type CausalBundle = Seq2SeqBundle;

/** `config.json` as transformers.js reads it. */
export type ModelConfig = Record<string, unknown>;

/** One padded batch for a classifier: rows of equal length, `tokenTypeIds` where the tokenizer returns them. */
export interface ClassifierBatch {
  ids: number[][];
  attentionMask: number[][];
  tokenTypeIds: number[][] | null;
}

/** A sequence classifier (`…ForSequenceClassification`): one `model` session and its tokenizer. */
export interface ClassifierBundle {
  device: Device;
  /** The tokenizer, with Python's `token_type_ids` rule for this model type. */
  tokenizer: RawTokenizer;
  config: ModelConfig;
  /** Runs one batch; the logits come back row by row, `num_labels` each. */
  classify(batch: ClassifierBatch): Promise<number[][]>;
  dispose(): Promise<void>;
}

/**
 * What the runtime can load, by kind. A task asks for a kind; a new kind of model (a causal LM,
 * a classifier) is one entry here and one loader in the runtime's table.
 */
export interface ModelKinds {
  /** Encoder + merged decoder, tokenizer and generation config. */
  seq2seq: Seq2SeqBundle;
  /** Only the tokenizer files (small and fast); `bundled/<name>` loads one the app ships. */
  tokenizer: RawTokenizer;
  /** Only config.json. */
  config: ModelConfig;
  /** A sequence classifier: config, tokenizer and its one session. */
  classifier: ClassifierBundle;
  /** A decoder-only LM: config, tokenizer, generation config and its one session. */
  causal: CausalBundle;
}

export type LoadKind = keyof ModelKinds;

/** Kinds whose files are the same whatever the device and dtype (no ONNX sessions). */
export const RUNTIME_FREE_KINDS: ReadonlySet<LoadKind> = new Set(['tokenizer', 'config']);

export type OnLoadProgress = (p: LoadProgress) => void;

export interface InferenceRuntime {
  probeCapabilities(): Promise<Capabilities>;
  /** Loads a model of kind K; device and dtype matter only to kinds with ONNX sessions. */
  load<K extends LoadKind>(kind: K, request: LoadRequest, onProgress: OnLoadProgress): Promise<ModelKinds[K]>;
}

/**
 * transformers.js 4.x answers a repository without `tokenizer_config.json` with a bare
 * `TypeError` (it lists no tokenizer files, then reads `tokenizer_class` of undefined).
 */
export class MissingTokenizerError extends Error {
  constructor(readonly model: string) {
    super(`"${model}" has no tokenizer_config.json.`);
    this.name = 'MissingTokenizerError';
  }
}

/**
 * The model host (or local folder) has no such repository: not even `config.json` or
 * `tokenizer.json` is there. transformers.js reports it exactly like a missing tokenizer.
 */
export class ModelNotFoundError extends Error {
  constructor(readonly model: string) {
    super(`"${model}" was not found.`);
    this.name = 'ModelNotFoundError';
  }
}
