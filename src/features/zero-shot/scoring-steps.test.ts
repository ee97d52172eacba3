import { describe, expect, it } from 'vitest';
import type { ZeroShotItem } from '../../shared/protocol/index.ts';
import { idsNote, scoringReason, scoringRows } from './scoring-steps.ts';

const pair = (label: string, logits: number[]) => ({
  label,
  hypothesis: `This example is ${label}.`,
  logits,
  tokens: [],
  typeIds: null,
  truncated: 0,
});

const item: ZeroShotItem = {
  kind: 'zero-shot',
  line: 0,
  sequence: 'The football match ended late.',
  labels: ['sports', 'cooking'],
  scores: [0.8, 0.2],
  pairs: [pair('cooking', [0.5, -1, 0]), pair('sports', [-2, 3, 0])],
};

const ctx = {
  scoring: 'per-label' as const,
  nliLabels: ['contradiction', 'ENTAILMENT', 'neutral'],
  entailmentId: 1,
  contradictionId: 0,
};

describe('zero-shot scoring steps', () => {
  it('read each pair’s logits at the ids and its reported score, in candidate order', () => {
    expect(scoringRows(item, ctx)).toEqual([
      { label: 'cooking', entailment: -1, contradiction: 0.5, score: 0.2 },
      { label: 'sports', entailment: 3, contradiction: -2, score: 0.8 },
    ]);
  });

  it('name the ids and say why the scoring is what it is', () => {
    const note = idsNote(ctx);
    expect(note.entailment).toContain('id 1 (“ENTAILMENT”)');
    expect(note.contradiction).toContain('id 0 (“contradiction”), by position');
    expect(idsNote({ ...ctx, scoring: 'across-labels' }).contradiction).toContain('Not read');
    expect(scoringReason('across-labels', false, 3)).toContain('sum to 1');
    expect(scoringReason('per-label', true, 3)).toContain('multi_label=True');
    expect(scoringReason('per-label', false, 1)).toContain('single candidate label');
  });
});
