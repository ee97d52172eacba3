import { describe, expect, it } from 'vitest';
import { budgetFor, estimateMemory, parameterCount, WASM32_LIMIT_BYTES } from './memory-estimate.ts';

// Real configs (their dims as published on the Hub), with the parameter counts their authors state.
const SMOLLM2_135M = {
  model_type: 'llama',
  hidden_size: 576,
  intermediate_size: 1536,
  num_hidden_layers: 30,
  num_attention_heads: 9,
  num_key_value_heads: 3,
  vocab_size: 49152,
  hidden_act: 'silu',
  tie_word_embeddings: true,
  max_position_embeddings: 8192,
};
const GPT2 = {
  model_type: 'gpt2',
  n_embd: 768,
  n_layer: 12,
  n_head: 12,
  vocab_size: 50257,
  n_positions: 1024,
};

describe('parameterCount', () => {
  it('comes within 0.5% of the published sizes', () => {
    // SmolLM2-135M: 134,515,008 parameters (safetensors metadata); GPT-2: 124,439,808.
    expect(Math.abs(parameterCount(SMOLLM2_135M) / 134_515_008 - 1)).toBeLessThan(0.005);
    expect(Math.abs(parameterCount(GPT2) / 124_439_808 - 1)).toBeLessThan(0.005);
    // distilgpt2 is GPT-2 with 6 layers: 81,912,576 (its model card says 82M).
    expect(Math.abs(parameterCount({ ...GPT2, n_layer: 6 }) / 81_912_576 - 1)).toBeLessThan(0.005);
  });
});

describe('estimateMemory', () => {
  it('counts the KV cache as 2 × layers × kv heads × head size × positions × rows × bytes', () => {
    const estimate = estimateMemory({
      model: 'x',
      config: SMOLLM2_135M,
      device: 'wasm',
      dtype: 'fp32',
      files: [{ file: 'onnx/model.onnx', bytes: 1000 }],
      tokens: 100,
      rows: 2,
      budget: { deviceMemoryGiB: 8 },
    });
    // 2 · 30 · 3 · 64 · 100 · 2 · 4 bytes = 9,216,000.
    expect(estimate.kvCacheBytes).toBe(9_216_000);
    expect(estimate.weightsBytes).toBe(1000);
    expect(estimate.totalBytes).toBe(1000 + 9_216_000 + 4 * 49152 * 100);
    expect(estimate.fits).toBe(true);
  });

  it('halves the cache for fp16 and estimates weights from parameters without file sizes', () => {
    const estimate = estimateMemory({
      model: 'x',
      config: SMOLLM2_135M,
      device: 'wasm',
      dtype: 'fp16',
      files: null,
      tokens: 100,
      rows: 1,
      budget: { deviceMemoryGiB: null },
    });
    expect(estimate.kvCacheBytes).toBe(2 * 30 * 3 * 64 * 100 * 2);
    expect(estimate.weightsBytes).toBe(Math.round(parameterCount(SMOLLM2_135M) * 2));
  });

  it('refuses what does not fit the device', () => {
    // A 7B Llama in fp32 is about 26 GiB of weights: beyond any tab.
    const llama7b = {
      hidden_size: 4096,
      intermediate_size: 11008,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      vocab_size: 32000,
      hidden_act: 'silu',
      tie_word_embeddings: false,
    };
    // Meta's figure: 6.74 B parameters.
    expect(Math.abs(parameterCount(llama7b) / 6_738_415_616 - 1)).toBeLessThan(0.005);
    const estimate = estimateMemory({
      model: 'llama',
      config: llama7b,
      device: 'wasm',
      dtype: 'fp32',
      files: null,
      tokens: 64,
      rows: 1,
      budget: { deviceMemoryGiB: 8 },
    });
    expect(estimate.fits).toBe(false);
    expect(estimate.budgetBytes).toBe(WASM32_LIMIT_BYTES);
  });

  it('budgets half the device memory, capped by the 4 GiB WASM heap', () => {
    expect(budgetFor('wasm', { deviceMemoryGiB: 4 }).bytes).toBe(2 * 1024 ** 3);
    expect(budgetFor('wasm', { deviceMemoryGiB: 16 }).bytes).toBe(WASM32_LIMIT_BYTES);
    expect(budgetFor('webgpu', { deviceMemoryGiB: null }).bytes).toBeNull();
    expect(budgetFor('webgpu', { deviceMemoryGiB: 8 }).bytes).toBe(4 * 1024 ** 3);
  });
});
