import { describe, expect, it } from 'vitest';
import type { ZeroShotItem } from '../../shared/protocol/index.ts';
import { itemsInOrder, zeroShotValue } from './result-value.ts';

const item = (line: number): ZeroShotItem => ({
  kind: 'zero-shot',
  line,
  sequence: `text ${line}`,
  labels: ['sports', 'cooking'],
  scores: [0.9, 0.1],
  pairs: [
    {
      label: 'cooking',
      hypothesis: 'This example is cooking.',
      logits: [1, -1, 0],
      tokens: ['[CLS]'],
      typeIds: [0],
      truncated: 0,
    },
    {
      label: 'sports',
      hypothesis: 'This example is sports.',
      logits: [-1, 2, 0],
      tokens: ['[CLS]'],
      typeIds: null,
      truncated: 0,
    },
  ],
});

describe('the zero-shot result value', () => {
  it('has the contract’s fields only: no tokens or type ids', () => {
    expect(zeroShotValue(item(0), true)).toEqual({
      sequence: 'text 0',
      labels: ['sports', 'cooking'],
      scores: [0.9, 0.1],
      multiLabel: true,
      pairs: [
        { label: 'cooking', hypothesis: 'This example is cooking.', logits: [1, -1, 0] },
        { label: 'sports', hypothesis: 'This example is sports.', logits: [-1, 2, 0] },
      ],
    });
  });

  it('orders items by their line', () => {
    expect(itemsInOrder([item(3), item(0), item(1)]).map((i) => i.line)).toEqual([0, 1, 3]);
  });
});
