import { describe, expect, it } from 'vitest';
import { batchMeta, batchSummary, contractValue, nextSort, sortItems } from './batch-results.ts';
import { classified as item } from './test-items.ts';

const items = [
  item(0, 'good', [
    ['POSITIVE', 0.9],
    ['NEGATIVE', 0.1],
  ]),
  item(2, 'bad', [
    ['NEGATIVE', 0.8],
    ['POSITIVE', 0.2],
  ]),
  item(3, 'Awful', [
    ['NEGATIVE', 0.9],
    ['POSITIVE', 0.1],
  ]),
];

describe('batchSummary', () => {
  it('counts top labels in the model’s label order, with zeros, and the mean top score', () => {
    const summary = batchSummary(items, ['NEGATIVE', 'NEUTRAL', 'POSITIVE']);
    expect(summary.counts).toEqual([
      { label: 'NEGATIVE', count: 2 },
      { label: 'NEUTRAL', count: 0 },
      { label: 'POSITIVE', count: 1 },
    ]);
    expect(summary.meanConfidence).toBeCloseTo((0.9 + 0.8 + 0.9) / 3, 12);
  });

  it('without labels (still streaming) counts what it has; no texts, no mean', () => {
    expect(batchSummary(items).counts.map((c) => c.label)).toEqual(['POSITIVE', 'NEGATIVE']);
    expect(batchSummary([]).meanConfidence).toBeNull();
  });
});

describe('sortItems', () => {
  const lines = (order: Parameters<typeof sortItems>[1]) => sortItems(items, order).map((i) => i.line);
  it.each([
    [{ key: 'line', direction: 'descending' }, [3, 2, 0]],
    [{ key: 'text', direction: 'ascending' }, [3, 2, 0]], // case-insensitive: Awful, bad, good
    [{ key: 'label', direction: 'ascending' }, [2, 3, 0]], // ties in line order
    [{ key: 'label', direction: 'descending' }, [0, 2, 3]],
    [{ key: 'score', direction: 'descending' }, [0, 3, 2]],
    [{ key: 'score', direction: 'ascending' }, [2, 0, 3]],
  ] as const)('%j', (order, expected) => {
    expect(lines(order)).toEqual(expected);
  });

  it('does not change the items it is given', () => {
    sortItems(items, { key: 'line', direction: 'descending' });
    expect(items.map((i) => i.line)).toEqual([0, 2, 3]);
  });
});

describe('nextSort', () => {
  it('a new column starts ascending (score best first); the same column flips', () => {
    const byLine = { key: 'line', direction: 'ascending' } as const;
    expect(nextSort(byLine, 'text')).toEqual({ key: 'text', direction: 'ascending' });
    expect(nextSort(byLine, 'score')).toEqual({ key: 'score', direction: 'descending' });
    expect(nextSort(byLine, 'line')).toEqual({ key: 'line', direction: 'descending' });
  });
});

describe('contractValue', () => {
  it('is the CONTRACT.md shape: activation, then text, logits and labels per item', () => {
    expect(contractValue({ activation: 'softmax', items: [items[0]!] })).toEqual({
      activation: 'softmax',
      items: [
        {
          text: 'good',
          logits: [0, 0],
          labels: [
            { label: 'POSITIVE', score: 0.9 },
            { label: 'NEGATIVE', score: 0.1 },
          ],
        },
      ],
    });
  });
});

describe('batchMeta', () => {
  const limit = { tokens: 128, source: 'model_max_length' as const, modelMaxLength: 128 };
  const expected = { labels: ['NEGATIVE', 'POSITIVE'], activation: 'softmax' as const };
  it('the result is the authority', () => {
    expect(batchMeta({ labels: ['a', 'b'], activation: 'sigmoid', limit }, expected, items[0])).toEqual({
      labels: ['a', 'b'],
      activation: 'sigmoid',
      limit: 128,
    });
  });
  it('while streaming, the catalog’s labels when the items have them; else nothing', () => {
    expect(batchMeta(null, expected, items[0])).toEqual({ ...expected, limit: null });
    const other = item(0, 'x', [
      ['toxic', 0.5],
      ['insult', 0.1],
    ]);
    expect(batchMeta(null, expected, other)).toEqual({ labels: null, activation: null, limit: null });
    expect(batchMeta(null, undefined, items[0]).labels).toBeNull();
  });
});
