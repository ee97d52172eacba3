/**
 * Generate's refusal of a model too big for this device, before its weights download: the sizes
 * come from HEAD requests to the host, and no causal model is ever loaded.
 */
import { describe, expect, it } from 'vitest';
import { fakeTokenizer } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';

// A 7B Llama's config.json (the dims Meta published).
const LLAMA_7B = {
  architectures: ['LlamaForCausalLM'],
  model_type: 'llama',
  hidden_size: 4096,
  intermediate_size: 11008,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  vocab_size: 32000,
  max_position_embeddings: 4096,
};

function setup(onnxBytes: number) {
  const heads: string[] = [];
  const runtime = fakeRuntime({
    config: async () => ({ ...LLAMA_7B }),
    tokenizer: async () => fakeTokenizer(),
  });
  const h = taskHarness(runtime, {
    fetch: async (url, init) => {
      if (init?.method === 'HEAD') heads.push(url);
      return new Response(null, { headers: { 'content-length': String(onnxBytes) } });
    },
  });
  return { h, runtime, heads };
}

describe('generate: memory before the download', () => {
  it('refuses a model that needs more than this device gives a tab, with the figures, and loads nothing', async () => {
    const { h, runtime, heads } = setup(6_000_000_000);
    const end = await h.run(
      { kind: 'generate', model: 'org/llama-7b', text: 'hello world', generation: { max_new_tokens: 16 } },
      { runtime: { device: 'wasm', dtype: 'q4' } },
    );
    expect(end).toMatchObject({ type: 'error', error: { code: 'model-too-big', retryable: false } });
    if (end.type !== 'error') return;
    expect(end.error.message).toMatch(/org\/llama-7b" in q4 needs about 5\.6 GB/);
    expect(end.error.message).toMatch(/4 GiB limit of the WebAssembly heap/);
    expect(heads).toEqual(['http://hub.test/org/llama-7b/resolve/main/onnx/model_q4.onnx']);
    expect(runtime.loads.map((l) => l.kind)).toEqual(['config', 'tokenizer']);
    const estimate = h.events.find((e) => e.type === 'estimate');
    expect(estimate).toMatchObject({ estimate: { weightsBytes: 6_000_000_000, fits: false, dtype: 'q4' } });
  });
});
