/**
 * Sentiment and zero-shot through the worker's job runner and the real runtime, on the fixture
 * classifier fixtures. Expected values come from an independent path: each
 * text (or premise, hypothesis pair) run alone through onnxruntime-node, unpadded, with ids from
 * transformers.js's own tokenizer, and scored with Python's post-processing written out here.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import type {
  JobSpec,
  ModelSource,
  SentimentResult,
  ZeroShotResult,
} from '../../src/shared/protocol/index.ts';
import { nodeJobs } from '../testing/node-jobs.ts';

const ROOT = 'fixtures/hub';
const SENTIMENT = 'glasspipe-test/tiny-sentiment';
const TOXIC = 'glasspipe-test/tiny-toxic';
const NLI = 'glasspipe-test/tiny-nli';
const runJob = nodeJobs(ROOT);

async function result<T>(job: JobSpec, source?: ModelSource): Promise<T> {
  const { end } = await runJob(job, source);
  if (end.type !== 'done') throw new Error(`job ended ${JSON.stringify(end)}`);
  return end.result as T;
}

async function errorOf(job: JobSpec): Promise<{ code: string; message: string }> {
  const { end } = await runJob(job);
  if (end.type !== 'error') throw new Error(`job ended ${end.type}`);
  return end.error;
}

// ---- The independent reference -------------------------------------------------------------

const sessions = new Map<string, ort.InferenceSession>();
async function session(model: string): Promise<ort.InferenceSession> {
  const hit = sessions.get(model);
  if (hit) return hit;
  const created = await ort.InferenceSession.create(resolve(ROOT, model, 'onnx/model.onnx'));
  sessions.set(model, created);
  return created;
}

async function referenceLogits(model: string, text: string, pair?: string): Promise<number[]> {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = `${resolve(ROOT)}/`;
  const tokenizer = await AutoTokenizer.from_pretrained(model);
  const encoded = tokenizer(text, pair === undefined ? {} : { text_pair: pair });
  const feeds: Record<string, ort.Tensor> = {};
  for (const name of ['input_ids', 'attention_mask', 'token_type_ids'] as const) {
    const tensor = encoded[name];
    const data = tensor ? (tensor.data as BigInt64Array) : new BigInt64Array(encoded.input_ids.data.length);
    feeds[name] = new ort.Tensor('int64', data, [1, data.length]);
  }
  const out = await (await session(model)).run(feeds);
  return Array.from(out['logits']?.data as Float32Array);
}

// numpy's `np.exp(x) / np.exp(x).sum()`, as the pipelines write it (unshifted).
const npSoftmax = (xs: number[]) => {
  const e = xs.map(Math.exp);
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};
const labelMaps = (model: string) => {
  const config = JSON.parse(readFileSync(resolve(ROOT, model, 'config.json'), 'utf8')) as {
    id2label: Record<string, string>;
    label2id: Record<string, number>;
  };
  return config;
};

// ---- Sentiment -----------------------------------------------------------------------------

describe('sentiment', () => {
  const lines = ['What a wonderful, happy day.', '', 'This is terrible and sad.', 'The meeting is at noon.'];

  it('scores every label of every line as Python does, batched, with the blank line skipped', async () => {
    const r = await result<SentimentResult>({ kind: 'sentiment', model: SENTIMENT, texts: lines });
    expect(r.activation).toBe('softmax');
    expect(r.skippedLines).toEqual([1]);
    expect(r.items.map((i) => i.line)).toEqual([0, 2, 3]);
    expect(r.batching.passes).toBe(1); // three short lines fit one padded pass
    const { id2label } = labelMaps(SENTIMENT);
    for (const item of r.items) {
      const logits = await referenceLogits(SENTIMENT, item.text);
      item.logits.forEach((v, i) => expect(v).toBeCloseTo(logits[i] ?? NaN, 5));
      const scores = npSoftmax(logits);
      // Python: sorted(..., key=score, reverse=True) keeps label order on ties.
      const expected = scores
        .map((score, i) => ({ label: id2label[String(i)], score, i }))
        .sort((a, b) => b.score - a.score || a.i - b.i);
      expect(item.labels.map((l) => l.label)).toEqual(expected.map((e) => e.label));
      item.labels.forEach((l, k) => expect(l.score).toBeCloseTo(expected[k]?.score ?? NaN, 6));
    }
    expect(r.items[0]?.labels[0]?.label).toBe('POSITIVE');
    expect(r.items[1]?.labels[0]?.label).toBe('NEGATIVE');
  });

  it('a multi-label model is scored with a sigmoid per label', async () => {
    const r = await result<SentimentResult>({
      kind: 'sentiment',
      model: TOXIC,
      texts: ['You stupid idiot.'],
    });
    expect(r.activation).toBe('sigmoid');
    const item = r.items[0];
    const logits = await referenceLogits(TOXIC, 'You stupid idiot.');
    const { id2label } = labelMaps(TOXIC);
    for (const { label, score } of item?.labels ?? []) {
      const i = Number(Object.keys(id2label).find((k) => id2label[k] === label));
      expect(score).toBeCloseTo(1 / (1 + Math.exp(-(logits[i] ?? NaN))), 6);
    }
  });

  it('a text past the input limit is cut to it, keeping the final [SEP], and flagged', async () => {
    const long = 'good '.repeat(700);
    const r = await result<SentimentResult>({ kind: 'sentiment', model: SENTIMENT, texts: [long] });
    const item = r.items[0];
    expect(r.limit.tokens).toBe(512);
    expect(item?.ids.length).toBe(512);
    expect(item?.tokens.at(-1)).toBe('[SEP]');
    expect(item?.truncated).toBe(700 - 510);
  });

  it('streams items pass by pass with the count done', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      (i % 2 ? 'happy good great ' : 'sad bad awful ').repeat(10),
    );
    const { end, events } = await runJob({ kind: 'sentiment', model: SENTIMENT, texts: many });
    expect(end.type).toBe('done');
    const batches = events.filter((e) => e.type === 'items');
    expect(batches.length).toBeGreaterThan(1);
    const last = batches.at(-1);
    expect(last?.type === 'items' && last.done === 300 && last.total === 300).toBe(true);
  });

  it('refuses a model that is not a sequence classifier, and empty input, specifically', async () => {
    const notClassifier = await errorOf({
      kind: 'sentiment',
      model: 'glasspipe-test/tiny-t5',
      texts: ['hi'],
    });
    expect(notClassifier.code).toBe('unsupported-model');
    expect(notClassifier.message).toContain('not a sequence classifier');
    const empty = await errorOf({ kind: 'sentiment', model: SENTIMENT, texts: ['', '  '] });
    expect(empty).toMatchObject({ code: 'empty-input' });
  });
});

// ---- Zero-shot -----------------------------------------------------------------------------

describe('zero-shot', () => {
  const TEXT = 'The football match ended late after a goal.';
  const LABELS = ['sports', 'politics', 'cooking'];

  async function pythonScores(model: string, text: string, labels: string[], multiLabel: boolean) {
    const { label2id } = labelMaps(model);
    const entailment =
      Object.entries(label2id).find(([k]) => k.toLowerCase().startsWith('entail'))?.[1] ?? -1;
    const contradiction = entailment === 0 ? -1 : 0;
    const rows = await Promise.all(labels.map((l) => referenceLogits(model, text, `This example is ${l}.`)));
    let scores: number[];
    if (multiLabel || labels.length === 1) {
      scores = rows.map((r) => npSoftmax([r.at(contradiction) ?? NaN, r[entailment] ?? NaN])[1] ?? NaN);
    } else scores = npSoftmax(rows.map((r) => r[entailment] ?? NaN));
    // reversed(argsort): ties come out later label first.
    const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || b - a);
    return { labels: order.map((i) => labels[i]), scores: order.map((i) => scores[i] ?? NaN), rows };
  }

  for (const multiLabel of [false, true]) {
    it(`scores as Python's pipeline does (multi_label=${multiLabel}), from batched pairs`, async () => {
      const r = await result<ZeroShotResult>({
        kind: 'zero-shot',
        model: NLI,
        texts: [TEXT],
        labels: LABELS,
        template: 'This example is {}.',
        multiLabel,
      });
      const expected = await pythonScores(NLI, TEXT, LABELS, multiLabel);
      const item = r.items[0];
      expect(r.entailmentId).toBe(1);
      expect(r.contradictionId).toBe(0);
      expect(r.scoring).toBe(multiLabel ? 'per-label' : 'across-labels');
      expect(item?.labels).toEqual(expected.labels);
      item?.scores.forEach((s, i) => expect(Math.abs(s - (expected.scores[i] ?? NaN))).toBeLessThan(1e-5));
      item?.pairs.forEach((p, i) =>
        p.logits.forEach((v, k) => expect(v).toBeCloseTo(expected.rows[i]?.[k] ?? NaN, 5)),
      );
      expect(item?.labels[0]).toBe('sports');
      expect(r.batching.passes).toBe(1);
    });
  }

  it('splits a comma-separated label string, merges duplicates with a note, and fills the template literally', async () => {
    const r = await result<ZeroShotResult>({
      kind: 'zero-shot',
      model: NLI,
      texts: [TEXT],
      labels: ' sports ,politics,, sports, $& cash',
      template: 'This text is about {}.',
      multiLabel: false,
    });
    expect(r.candidateLabels).toEqual(['sports', 'politics', '$& cash']);
    expect(r.notes).toEqual(['The label "sports" was given more than once; it is scored once.']);
    expect(r.items[0]?.pairs.map((p) => p.hypothesis)).toEqual([
      'This text is about sports.',
      'This text is about politics.',
      'This text is about $& cash.',
    ]);
  });

  it('truncates a long premise only (only_first), keeping a long hypothesis whole and both [SEP]s', async () => {
    const premise = 'football '.repeat(601).trim();
    // A 300-token hypothesis: longest_first would cut it too (to about half the limit).
    const template = `${'the '.repeat(296)}{}.`;
    const r = await result<ZeroShotResult>({
      kind: 'zero-shot',
      model: NLI,
      texts: [premise],
      labels: ['sports', 'cooking'],
      template,
      multiLabel: false,
    });
    for (const pair of r.items[0]?.pairs ?? []) {
      expect(pair.tokens.length).toBe(512);
      const hypothesis = [...new Array<string>(296).fill('the'), pair.label, '.', '[SEP]'];
      expect(pair.tokens.slice(-hypothesis.length)).toEqual(hypothesis);
      expect(pair.tokens.filter((t) => t === '[SEP]')).toHaveLength(2);
      expect(pair.truncated).toBe(601 - (512 - 3 - 298));
    }
    // Python keeps the hypothesis, so the labels still differ (transformers.js cuts it: all tie).
    expect(r.items[0]?.labels[0]).toBe('sports');
    expect(r.items[0]?.scores[0]).toBeGreaterThan(r.items[0]?.scores[1] ?? 1);
  });

  it('gives the hypothesis token type 1 when the tokenizer names no class, as Python picks BERT by model type', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'glasspipe-untyped-'));
    try {
      cpSync(resolve(ROOT, NLI), join(folder, NLI), { recursive: true });
      const configPath = join(folder, NLI, 'tokenizer_config.json');
      const { tokenizer_class: _dropped, ...config } = JSON.parse(readFileSync(configPath, 'utf8')) as Record<
        string,
        unknown
      >;
      writeFileSync(configPath, JSON.stringify(config));
      const job: JobSpec = {
        kind: 'zero-shot',
        model: NLI,
        texts: [TEXT],
        labels: LABELS,
        template: 'This example is {}.',
        multiLabel: false,
      };
      const untyped = await result<ZeroShotResult>(job, { kind: 'local', location: `${folder}/` });
      const typed = await result<ZeroShotResult>(job);
      const pair = untyped.items[0]?.pairs[0];
      expect(pair?.typeIds).not.toBeNull();
      expect(pair?.typeIds?.at(-2)).toBe(1);
      expect(untyped.items[0]?.scores).toEqual(typed.items[0]?.scores);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('answers bad input specifically', async () => {
    const base: JobSpec & { kind: 'zero-shot' } = {
      kind: 'zero-shot',
      model: NLI,
      texts: [TEXT],
      labels: LABELS,
      template: 'This example is {}.',
      multiLabel: false,
    };
    expect(await errorOf({ ...base, template: 'This example is about it.' })).toMatchObject({
      code: 'invalid-settings',
      message: expect.stringContaining('has no "{}" for the label'),
    });
    expect(await errorOf({ ...base, labels: ' , ' })).toMatchObject({ code: 'empty-input' });
    expect(await errorOf({ ...base, texts: [''] })).toMatchObject({ code: 'empty-input' });
    expect(await errorOf({ ...base, model: SENTIMENT })).toMatchObject({
      code: 'unsupported-model',
      message: expect.stringContaining('has no entailment label'),
    });
  });
});
