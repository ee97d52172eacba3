/**
 * How much memory a decoder-only model needs in the tab before it is downloaded: its weights (the
 * ONNX files of the dtype; or, without sizes, its parameters counted from config.json) and the KV
 * cache at the length asked, against what this device allows. Pure, so the numbers are tested.
 */
import type { Dtype } from '../model-files/dtypes.ts';
import type { Device, MemoryEstimate } from '../protocol/index.ts';

const GiB = 1024 ** 3;
/** onnxruntime-web's WASM heap is a 32-bit address space: no model session grows past 4 GiB. */
export const WASM32_LIMIT_BYTES = 4 * GiB;

/** Bytes per weight, as stored by each dtype (q4 keeps 4 bits and a scale per block of 32). */
const WEIGHT_BYTES: Record<Dtype, number> = {
  fp32: 4,
  fp16: 2,
  q8: 1,
  int8: 1,
  uint8: 1,
  q4: 0.5 + 4 / 32,
  q4f16: 0.5 + 2 / 32,
  bnb4: 0.5 + 4 / 64,
};

/** The KV cache is kept in half precision by fp16 exports and in fp32 otherwise. */
function cacheElementBytes(dtype: Dtype): number {
  return dtype === 'fp16' || dtype === 'q4f16' ? 2 : 4;
}

function num(config: Record<string, unknown>, ...keys: string[]): number | null {
  for (const key of keys) {
    const value = config[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return null;
}

/** Layers, key/value heads and head size, from GPT-2 (`n_layer`…) or Llama-style (`num_hidden_layers`…) names. */
export function decoderShape(config: Record<string, unknown>) {
  const layers = num(config, 'num_hidden_layers', 'n_layer', 'num_layers') ?? 0;
  const heads = num(config, 'num_attention_heads', 'n_head', 'num_heads') ?? 1;
  const hidden = num(config, 'hidden_size', 'n_embd', 'd_model') ?? 0;
  const kvHeads = num(config, 'num_key_value_heads', 'multi_query_group_num') ?? heads;
  const headDim = num(config, 'head_dim') ?? hidden / heads;
  const vocab = num(config, 'vocab_size') ?? 0;
  const ffn = num(config, 'intermediate_size', 'n_inner') ?? 4 * hidden;
  return { layers, heads, kvHeads, headDim, hidden, vocab, ffn };
}

/**
 * Parameters of a decoder-only transformer from its dims: per layer the attention projections
 * (queries and outputs at full width, keys and values at the key/value heads' width) and a
 * feed-forward of two (GPT-2) or three (gated, Llama) matrices; plus the token embeddings, the LM
 * head when it is not tied to them, and a learned position table. Biases and norms are left out
 * (about 0.1% of a real model).
 */
export function parameterCount(config: Record<string, unknown>): number {
  const { layers, heads, kvHeads, headDim, hidden, vocab, ffn } = decoderShape(config);
  const attention = 2 * hidden * heads * headDim + 2 * hidden * kvHeads * headDim;
  const gated =
    typeof config['hidden_act'] === 'string' && /silu|swish|gelu_pytorch_tanh/.test(config['hidden_act']);
  const feedForward = (gated ? 3 : 2) * hidden * ffn;
  const embeddings = vocab * hidden * (config['tie_word_embeddings'] === false ? 2 : 1);
  // GPT-2's family learns a position table (`n_positions`); rotary models (Llama) have none.
  const positions = (num(config, 'n_positions') ?? 0) * hidden;
  return layers * (attention + feedForward) + embeddings + positions;
}

export interface DeviceBudget {
  /** `navigator.deviceMemory` (GiB, rounded down by the browser, at most 8), where it is known. */
  deviceMemoryGiB: number | null;
}

/**
 * What one tab can give a model. On WASM: the 4 GiB heap, and at most half the device's memory
 * where the browser says how much it has. On WebGPU the weights live in GPU memory that no API
 * reports; half the device's memory is the figure we use, where known.
 */
export function budgetFor(device: Device, budget: DeviceBudget): { bytes: number | null; source: string } {
  const half = budget.deviceMemoryGiB !== null ? (budget.deviceMemoryGiB * GiB) / 2 : null;
  const memory =
    budget.deviceMemoryGiB !== null ? `half of navigator.deviceMemory (${budget.deviceMemoryGiB} GiB)` : null;
  if (device === 'wasm') {
    if (half === null || half >= WASM32_LIMIT_BYTES)
      return { bytes: WASM32_LIMIT_BYTES, source: 'the 4 GiB limit of the WebAssembly heap' };
    return { bytes: half, source: memory ?? '' };
  }
  return half === null
    ? { bytes: null, source: 'unknown: the browser reports neither GPU nor device memory' }
    : { bytes: half, source: memory ?? '' };
}

export interface EstimateInput {
  model: string;
  config: Record<string, unknown>;
  device: Device;
  dtype: Dtype;
  /** The dtype's ONNX files with their sizes, or null where the host gave none. */
  files: Array<{ file: string; bytes: number }> | null;
  /** Prompt + new tokens: the positions the cache holds at the end. */
  tokens: number;
  /** Rows decoded together: beams, or sequences sampled at once. */
  rows: number;
  budget: DeviceBudget;
}

export function estimateMemory(input: EstimateInput): MemoryEstimate {
  const { config, dtype, tokens, rows } = input;
  const shape = decoderShape(config);
  const weightsBytes =
    input.files !== null
      ? input.files.reduce((total, f) => total + f.bytes, 0)
      : Math.round(parameterCount(config) * WEIGHT_BYTES[dtype]);
  const kvCacheBytes =
    2 * shape.layers * shape.kvHeads * shape.headDim * tokens * rows * cacheElementBytes(dtype);
  // The first forward pass returns float32 logits for every prompt position in most exports.
  const logitsBytes = 4 * shape.vocab * Math.max(tokens, rows);
  const totalBytes = weightsBytes + kvCacheBytes + logitsBytes;
  const budget = budgetFor(input.device, input.budget);
  return {
    model: input.model,
    device: input.device,
    dtype,
    files: input.files,
    weightsBytes,
    kvCacheBytes,
    tokens,
    rows,
    totalBytes,
    budgetBytes: budget.bytes,
    budgetSource: budget.source,
    fits: budget.bytes === null || totalBytes <= budget.bytes,
  };
}
