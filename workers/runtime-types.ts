/**
 * The small interface the worker's logic needs from the ML runtime. `runtime.ts` implements it
 * with transformers.js; unit tests implement it with plain objects, so the host, cache and task
 * logic run without a browser or a model.
 */
import type { Capabilities, Device, Dtype, ModelSource } from '../src/shared/protocol.ts';
import type { StepModel } from './generation/step-model.ts';
import type { RawTokenizer } from '../src/shared/tokenization/types.ts';

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
  encode(text: string, options: { addSpecialTokens: boolean; maxLength?: number }): Encoding;
  decode(ids: readonly number[], options: { skipSpecialTokens: boolean }): string;
}

export interface Seq2SeqBundle {
  tokenizer: TextTokenizer;
  /** `config.json` and `generation_config.json` as loaded, for generation defaults. */
  config: Record<string, unknown>;
  generationConfig: Record<string, unknown>;
  /** A fresh step model (its own KV cache) for one generation. */
  createStepModel(): StepModel;
  dispose(): Promise<void>;
}

export interface TokenizerRequest {
  /** A model id, or `bundled/<name>` for a tokenizer the app ships. */
  model: string;
  source: ModelSource;
}

export interface InferenceRuntime {
  probeCapabilities(): Promise<Capabilities>;
  loadSeq2Seq(request: LoadRequest, onProgress: (p: LoadProgress) => void): Promise<Seq2SeqBundle>;
  /** Only the tokenizer files (small and fast), for the Tokenizer lab. */
  loadTokenizer(request: TokenizerRequest, onProgress: (p: LoadProgress) => void): Promise<RawTokenizer>;
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
