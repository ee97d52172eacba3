/**
 * The sentiment task's batching and cancellation over a fake classifier: padded passes bounded in
 * tokens, padding that never reaches the scores, and a cancel that stops within one pass.
 */
import { describe, expect, it } from 'vitest';
import type { SentimentResult } from '../../src/shared/protocol/index.ts';
import { fakeTokenizer, PAD } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import type { ClassifierBatch, ClassifierBundle } from '../runtime/runtime-types.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';

const CONFIG = {
  architectures: ['BertForSequenceClassification'],
  id2label: { '0': 'NEGATIVE', '1': 'POSITIVE' },
  label2id: { NEGATIVE: 0, POSITIVE: 1 },
};

/** Logits from the real (unmasked) tokens only: [-n, n] for n real tokens. */
function fakeClassifier(batches: ClassifierBatch[]): ClassifierBundle {
  return {
    device: 'wasm',
    tokenizer: fakeTokenizer({ returnsTokenTypeIds: true }),
    config: CONFIG,
    async classify(batch) {
      batches.push(batch);
      await Promise.resolve(); // answers through promise callbacks only, as onnxruntime-web does
      return batch.attentionMask.map((mask) => {
        const n = mask.reduce((a, b) => a + b, 0);
        return [-n / 10, n / 10];
      });
    },
    dispose: async () => undefined,
  };
}

function setup() {
  const batches: ClassifierBatch[] = [];
  const h = taskHarness(
    fakeRuntime({ config: async () => CONFIG, classifier: async () => fakeClassifier(batches) }),
  );
  return { h, batches };
}

describe('the sentiment task', () => {
  it('runs lines in padded passes; a line scores the same padded or alone', async () => {
    const { h, batches } = setup();
    const texts = ['a', 'a b c d', 'a b'];
    const end = await h.run({ kind: 'sentiment', model: 'fake/cls', texts });
    if (end.type !== 'done') throw new Error(JSON.stringify(end));
    const result = end.result as SentimentResult;
    expect(batches).toHaveLength(1);
    const [batch] = batches;
    expect(batch?.ids.map((row) => row.length)).toEqual([6, 6, 6]); // [CLS] a b c d [SEP] is the longest
    expect(batch?.ids[0]?.slice(3)).toEqual([PAD, PAD, PAD]);
    expect(batch?.attentionMask[0]).toEqual([1, 1, 1, 0, 0, 0]);
    expect(batch?.tokenTypeIds?.[0]).toEqual([0, 0, 0, 0, 0, 0]);
    const alone = await h.run({ kind: 'sentiment', model: 'fake/cls', texts: ['a'] });
    if (alone.type !== 'done') throw new Error(JSON.stringify(alone));
    expect((alone.result as SentimentResult).items[0]?.logits).toEqual(result.items[0]?.logits);
  });

  it('bounds a pass by its padded size: 1,000 lines in several passes, streamed with progress', async () => {
    const { h, batches } = setup();
    const texts = Array.from({ length: 1000 }, (_, i) => 'a b '.repeat(1 + (i % 50)));
    const end = await h.run({ kind: 'sentiment', model: 'fake/cls', texts });
    expect(end.type).toBe('done');
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) expect(b.ids.length * (b.ids[0]?.length ?? 0)).toBeLessThanOrEqual(8192);
    const progress = h.events.flatMap((e) => (e.type === 'items' ? [e.done] : []));
    expect(progress.at(-1)).toBe(1000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('a cancel message stops the batch within one pass', async () => {
    const { h, batches } = setup();
    const texts = Array.from({ length: 1000 }, () => 'a b '.repeat(100));
    const ended = h.run({ kind: 'sentiment', model: 'fake/cls', texts }, { jobId: 'j1' });
    while (batches.length === 0) await new Promise((r) => setTimeout(r, 0));
    const passesAtCancel = batches.length;
    h.host.handle({ type: 'cancel', jobId: 'j1' });
    expect(await ended).toEqual({ type: 'cancelled', jobId: 'j1' });
    expect(batches.length).toBeLessThanOrEqual(passesAtCancel + 1);
  });

  it('skips blank lines and says which', async () => {
    const { h } = setup();
    const end = await h.run({ kind: 'sentiment', model: 'fake/cls', texts: ['a', ' ', '', 'b'] });
    if (end.type !== 'done') throw new Error(JSON.stringify(end));
    const result = end.result as SentimentResult;
    expect(result.skippedLines).toEqual([1, 2]);
    expect(result.items.map((i) => i.line)).toEqual([0, 3]);
  });
});
