/**
 * Generate through the worker's job runner and the real runtime, on the decoder-only fixture.
 * Expected values come from independent paths: transformers.js's own `generate` for greedy, and
 * no-cache forward passes with the reference processors (reference/naive-processors.ts) for the
 * distribution after each logits stage.
 */
import { resolve } from 'node:path';
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  Tensor,
  type PreTrainedModel,
} from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateJob, GenerateResult } from '../../src/shared/protocol/index.ts';
import { resolveGenerationParams } from '../generation/params.ts';
import { naiveLogSoftmax, naiveProcess, naiveWarp } from '../generation/reference/naive-processors.ts';
import { nodeJobs } from '../testing/node-jobs.ts';

const ROOT = resolve('fixtures/hub');
const GPT = 'glasspipe-test/tiny-gpt';
const runJob = nodeJobs(ROOT);

const job = (over: Partial<GenerateJob>): GenerateJob => ({
  kind: 'generate',
  model: GPT,
  text: 'The city council met on Monday',
  generation: { max_new_tokens: 12 },
  ...over,
});

async function resultOf(over: Partial<GenerateJob>): Promise<GenerateResult> {
  const { end } = await runJob(job(over));
  if (end.type !== 'done' || end.result.kind !== 'generate')
    throw new Error(`job ended ${JSON.stringify(end)}`);
  return end.result;
}

async function errorOf(over: Partial<GenerateJob>): Promise<{ code: string; message: string }> {
  const { end } = await runJob(job(over));
  if (end.type !== 'error') throw new Error(`job ended ${end.type}`);
  return end.error;
}

const ids = (values: readonly number[]) =>
  new Tensor(
    'int64',
    BigInt64Array.from(values, (v) => BigInt(v)),
    [1, values.length],
  );

describe('generate (tiny-gpt, decoder-only)', () => {
  let model: PreTrainedModel;
  beforeAll(async () => {
    env.allowLocalModels = true;
    env.localModelPath = `${ROOT}/`;
    env.allowRemoteModels = false;
    model = await AutoModelForCausalLM.from_pretrained(GPT, { dtype: 'fp32', device: 'cpu' });
  });
  afterAll(async () => {
    await model.dispose();
  });

  /** Logits after `sequence`, from a full forward pass with no cache. */
  async function nextLogits(sequence: readonly number[]): Promise<number[]> {
    const out = await model.forward({ input_ids: ids(sequence), attention_mask: ids(sequence.map(() => 1)) });
    const logits: Tensor = out.logits;
    const vocab = logits.dims.at(-1) ?? 0;
    return Array.from(logits.data.slice(logits.data.length - vocab) as Float32Array);
  }

  it("greedy equals transformers.js's own generate, prompt and streamed tokens included", async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(GPT);
    for (const text of ['The city council met on Monday', 'A small team of researchers']) {
      const { end, events } = await runJob(job({ text, generation: { max_new_tokens: 12 } }));
      if (end.type !== 'done' || end.result.kind !== 'generate') throw new Error(JSON.stringify(end));
      const prompt = tokenizer.encode(text);
      const theirs = await model.generate({
        inputs: ids(prompt),
        attention_mask: ids(prompt.map(() => 1)),
        max_new_tokens: 12,
      });
      if (!(theirs instanceof Tensor)) throw new Error('generate() returned no tensor');
      expect([...prompt, ...end.result.tokenIds]).toEqual(Array.from(theirs.data, Number));
      expect(end.result.prompt).toBe(text);
      expect(end.result.construction.mode).toBe('raw');
      const streamed = events.flatMap((e) => (e.type === 'tokens' ? e.tokens.map((t) => t.id) : []));
      expect(streamed).toEqual(end.result.tokenIds);
      expect(end.result.stopReason).toBe('max_new_tokens');
    }
  });

  it('sampling with a seed is reproducible and changes with the seed', async () => {
    const sampling = { max_new_tokens: 16, do_sample: true, temperature: 1.5, top_k: 0 };
    const a = await resultOf({ generation: { ...sampling, seed: 7 } });
    const b = await resultOf({ generation: { ...sampling, seed: 7 } });
    const c = await resultOf({ generation: { ...sampling, seed: 8 } });
    expect(b.tokenIds).toEqual(a.tokenIds);
    expect(c.tokenIds).not.toEqual(a.tokenIds);
    expect(a.tokens.every((t) => typeof t.draw === 'number' && t.draw >= 0 && t.draw < 1)).toBe(true);
  });

  it('traces each logits stage of a step as the reference processors compute it', async () => {
    const generation = {
      max_new_tokens: 6,
      do_sample: true,
      seed: 3,
      repetition_penalty: 1.3,
      temperature: 0.7,
      top_k: 20,
      top_p: 0.8,
    };
    const result = await resultOf({ generation });
    const tokenizer = await AutoTokenizer.from_pretrained(GPT);
    const prompt = tokenizer.encode('The city council met on Monday');
    const params = resolveGenerationParams({ config: { ...model.config }, overrides: generation });
    for (const step of [0, 3]) {
      const token = result.tokens[step];
      if (!token?.stages) throw new Error('no stages traced');
      expect(token.stages.map((s) => s.stage)).toEqual([
        'raw',
        'repetition_penalty',
        'temperature',
        'top_k',
        'top_p',
      ]);
      // The reference, stage by stage, on the sequence so far.
      const sequence = [...prompt, ...result.tokenIds.slice(0, step)];
      const raw = await nextLogits(sequence);
      const penalised = naiveProcess(sequence, raw, params, { prefixLength: prompt.length, maxLength: 1e9 });
      const expected = [
        raw,
        penalised,
        naiveWarp(penalised, { ...params, top_k: 0, top_p: 1 }),
        naiveWarp(penalised, { ...params, top_p: 1 }),
        naiveWarp(penalised, params),
      ];
      token.stages.forEach((stage, i) => {
        const probabilities = naiveLogSoftmax(expected[i] ?? []).map(Math.exp);
        const best = [...probabilities.keys()].sort(
          (x, y) => (probabilities[y] ?? 0) - (probabilities[x] ?? 0),
        );
        expect(stage.top.map((t) => t.id)).toEqual(best.slice(0, stage.top.length));
        stage.top.forEach((t) => expect(t.probability).toBeCloseTo(probabilities[t.id] ?? NaN, 5));
        expect(stage.kept).toBe((expected[i] ?? []).filter((s) => s > -Infinity).length);
        expect(stage.chosenProbability).toBeCloseTo(probabilities[token.id] ?? NaN, 5);
      });
      const [, , , topK, topP] = token.stages;
      expect(topK?.kept).toBe(20);
      expect(topK?.removed).toBe((token.stages[2]?.kept ?? 0) - 20);
      expect(topP?.removedMass ?? 0).toBeLessThanOrEqual(0.2 + 1e-9);
      // The drawn token survived every stage.
      expect(topP?.chosenProbability).toBeGreaterThan(0);
    }
  });

  it('reports the memory it needs before loading the weights', async () => {
    const { end, events } = await runJob(job({}));
    expect(end.type).toBe('done');
    const estimateAt = events.findIndex((e) => e.type === 'estimate');
    const loadedAt = events.findIndex((e) => e.type === 'runtime');
    expect(estimateAt).toBeGreaterThan(-1);
    expect(estimateAt).toBeLessThan(loadedAt);
    const estimate = events[estimateAt];
    if (estimate?.type !== 'estimate') throw new Error('no estimate');
    // tiny-gpt: 2 layers, 4 heads of 8; the cache holds prompt + 12 new tokens in fp32.
    const promptTokens = events.find((e) => e.type === 'tokenized');
    const positions = (promptTokens?.type === 'tokenized' ? promptTokens.ids.length : 0) + 12;
    expect(estimate.estimate.kvCacheBytes).toBe(2 * 2 * 4 * 8 * positions * 4);
    expect(estimate.estimate.fits).toBe(true);
  });

  it('applies the chat template of an instruction model, with the system message, and not to a base model', async () => {
    const INSTRUCT = 'glasspipe-test/tiny-gpt-instruct';
    // ChatML as Python's apply_chat_template(messages, add_generation_prompt=True) renders it.
    const own = await resultOf({ model: INSTRUCT, text: 'Name a city', system: 'Answer briefly.' });
    expect(own.prompt).toBe(
      '<|im_start|>system\nAnswer briefly.<|im_end|>\n<|im_start|>user\nName a city<|im_end|>\n<|im_start|>assistant\n',
    );
    expect(own.construction).toMatchObject({ mode: 'chat', addSpecialTokens: false, hasTemplate: true });
    expect(own.construction.messages).toEqual([
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'Name a city' },
    ]);
    // No system message: the template's default one.
    const fallback = await resultOf({ model: INSTRUCT, text: 'Name a city' });
    expect(
      fallback.prompt.startsWith('<|im_start|>system\nYou are a helpful AI assistant named SmolLM'),
    ).toBe(true);
    // The template's special tokens are single ids, and encoding adds nothing around them.
    const { events } = await runJob(
      job({ model: INSTRUCT, text: 'Name a city', generation: { max_new_tokens: 40 } }),
    );
    const tokenized = events.find((e) => e.type === 'tokenized');
    if (tokenized?.type !== 'tokenized') throw new Error('no tokenized event');
    expect(tokenized.tokens[0]).toBe('<|im_start|>');
    expect(tokenized.tokens.at(-1)).toBe('Ċ');
    // The raw prompt when the template is turned off; a base model has none to apply.
    const raw = await resultOf({ model: INSTRUCT, text: 'Name a city', chat: 'off' });
    expect(raw.prompt).toBe('Name a city');
    expect(raw.construction).toMatchObject({ mode: 'raw', hasTemplate: true });
    const base = await resultOf({ text: 'Name a city', system: 'ignored' });
    expect(base.construction).toMatchObject({ mode: 'raw', hasTemplate: false });
  });

  it('stops at the instruction model’s end-of-turn token and says so', async () => {
    const done = await resultOf({
      model: 'glasspipe-test/tiny-gpt-instruct',
      text: 'Tell me about the weather',
      generation: { max_new_tokens: 60 },
    });
    expect(done.stopReason).toBe('eos');
    expect(done.tokenIds.at(-1)).toBe(2341);
    expect(done.tokenIds.length).toBeLessThan(60);
    expect(done.text).not.toContain('<|im_end|>');
    expect(done.rawText.endsWith('<|im_end|>')).toBe(true);
  });

  it('refuses bad input with messages that say what to do', async () => {
    expect((await errorOf({ text: '   ' })).code).toBe('empty-input');
    const zero = await errorOf({ generation: { max_new_tokens: 0 } });
    expect(zero.message).toMatch(/max_new_tokens must be a whole number above 0/);
    const long = await errorOf({ generation: { max_new_tokens: 300 } });
    expect(long.message).toMatch(/context of 256/);
    const cold = await errorOf({ generation: { do_sample: true, temperature: 0 } });
    expect(cold.message).toMatch(/do_sample=False/);
    const topP = await errorOf({ generation: { do_sample: true, top_p: 1.5 } });
    expect(topP.message).toMatch(/top_p must be in \(0, 1\]/);
    const seq2seq = await errorOf({ model: 'glasspipe-test/tiny-t5' });
    expect(seq2seq.code).toBe('unsupported-model');
    expect(seq2seq.message).toMatch(/Summarize.*Translation/);
    const classifier = await errorOf({ model: 'glasspipe-test/tiny-sentiment' });
    expect(classifier.message).toMatch(/Sentiment/);
    // The page goes on: a good job after all of these.
    expect((await resultOf({})).tokenIds).toHaveLength(12);
  });
});
