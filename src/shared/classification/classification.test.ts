/**
 * Python semantics of the text-classification and zero-shot pipelines. Expected values are
 * published ones (softmax of [1, 2, 3], the logistic function) or what Python itself returns for
 * the same call (`str.format`, `sorted(reverse=True)`, `reversed(np.argsort(...))`).
 */
import { describe, expect, it } from 'vitest';
import { activationFor, applyActivation, labelNames, sigmoid, softmax } from './activation.ts';
import { parseCandidateLabels } from './candidate-labels.ts';
import { fillTemplate } from './hypothesis-template.ts';
import { nliIds } from './nli-labels.ts';
import { rankReversedArgsort, rankStable } from './ranking.ts';
import { rankZeroShot, scoringFor, zeroShotScores } from './zero-shot-scores.ts';

const close = (actual: readonly number[], expected: readonly number[]) =>
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 12));

describe('activations', () => {
  it('softmax and sigmoid give the published values', () => {
    close(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]);
    close(softmax([1001, 1002, 1003]), [0.09003057317038046, 0.24472847105479767, 0.6652409557748219]);
    expect(sigmoid(2)).toBeCloseTo(0.8807970779778823, 12);
    expect(sigmoid(-1)).toBeCloseTo(0.2689414213699951, 12);
  });

  it.each([
    [{ problem_type: 'multi_label_classification' }, 6, 'sigmoid'],
    [{ problem_type: 'single_label_classification' }, 2, 'softmax'],
    [{}, 3, 'softmax'],
    [{}, 1, 'sigmoid'], // Python sigmoids one label; transformers.js would say 1.0
    [{ problem_type: 'single_label_classification' }, 1, 'sigmoid'],
  ])('config %j with %i labels → %s, as Python picks function_to_apply', (config, n, expected) => {
    expect(activationFor(config, n).activation).toBe(expected);
  });

  it('applies the chosen activation per label', () => {
    close(applyActivation('sigmoid', [2, -1]), [0.8807970779778823, 0.2689414213699951]);
    expect(applyActivation('sigmoid', [0])).toEqual([0.5]);
  });

  it('names labels from id2label, else LABEL_i', () => {
    expect(labelNames({ id2label: { '0': 'NEGATIVE', '1': 'POSITIVE' } }, 2)).toEqual([
      'NEGATIVE',
      'POSITIVE',
    ]);
    expect(labelNames({ id2label: { '1': 'B' } }, 3)).toEqual(['LABEL_0', 'B', 'LABEL_2']);
  });
});

describe('ranking ties', () => {
  it('text-classification keeps label order on ties (stable sorted(reverse=True))', () => {
    expect(rankStable([0.5, 0.2, 0.5])).toEqual([0, 2, 1]);
  });
  it('zero-shot puts the later label first on ties (reversed np.argsort)', () => {
    // np.argsort([0.5, 0.2, 0.5]) == [1, 0, 2]; reversed → [2, 0, 1]
    expect(rankReversedArgsort([0.5, 0.2, 0.5])).toEqual([2, 0, 1]);
  });
});

describe('candidate labels', () => {
  it('splits one string on commas and strips, as _parse_labels', () => {
    expect(parseCandidateLabels(' sports, politics ,,cooking ').labels).toEqual([
      'sports',
      'politics',
      'cooking',
    ]);
  });
  it('keeps a list as given (a label may contain a comma), dropping blanks', () => {
    expect(parseCandidateLabels(['a, b', ' c ', '']).labels).toEqual(['a, b', 'c']);
  });
  it('merges duplicates and names them', () => {
    expect(parseCandidateLabels('x, y, x, x')).toEqual({ labels: ['x', 'y'], duplicates: ['x'] });
  });
});

describe('hypothesis template = Python str.format(label)', () => {
  it.each([
    ['This example is {}.', 'sports', 'This example is sports.'],
    ['This example is {}.', '$&', 'This example is $&.'], // JS String.replace would insert the match
    ['This example is {}.', '$1 {}', 'This example is $1 {}.'],
    ['{{literal}} {}', 'x', '{literal} x'],
    ['{0} and {0}', 'x', 'x and x'],
  ])('%j.format(%j) == %j', (template, label, expected) => {
    expect(fillTemplate(template, label)).toEqual({ ok: true, hypothesis: expected });
  });

  it.each([
    ['This example is about it.', 'has no "{}"'],
    ['{} and {}', 'more than one "{}"'],
    ['About {topic}.', '"{topic}"'],
    ['Open { brace', 'never closed'],
    ['Close } brace {}', 'never opened'],
  ])('refuses %j, as Python does', (template, why) => {
    const outcome = fillTemplate(template, 'x');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain(why);
  });
});

describe('NLI ids, as ZeroShotClassificationPipeline finds them', () => {
  it.each([
    [{ CONTRADICTION: 0, NEUTRAL: 1, ENTAILMENT: 2 }, 2, 0],
    [{ ENTAILMENT: 0, NEUTRAL: 1, CONTRADICTION: 2 }, 0, 2], // entailment 0 → contradiction is the last
    [{ contradiction: 0, entailment: 1, neutral: 2 }, 1, 0],
    // Python never looks contradiction up: index 0 even when it is "neutral".
    [{ neutral: 0, entailment: 1, contradiction: 2 }, 1, 0],
    [{ not_entailment: 0, entailed: 1 }, 1, 0],
  ])('label2id %j → entailment %i, contradiction %i', (label2id, entailmentId, contradictionId) => {
    expect(nliIds({ label2id }, Object.keys(label2id).length)).toEqual({ entailmentId, contradictionId });
  });
  it('no entailment label → null', () => {
    expect(nliIds({ label2id: { NEGATIVE: 0, POSITIVE: 1 } }, 2)).toBeNull();
    expect(nliIds({}, 3)).toBeNull();
  });
});

describe('zero-shot scores', () => {
  const ids = { entailmentId: 2, contradictionId: 0 };
  it('across labels: one softmax over the entailment logits', () => {
    const logits = [
      [9, 9, 2],
      [0, 5, 1],
      [3, 3, 0],
    ];
    close(
      zeroShotScores(logits, ids, 'across-labels'),
      [0.6652409557748219, 0.24472847105479767, 0.09003057317038046],
    );
  });
  it('per label: softmax over [contradiction, entailment], p(entailment)', () => {
    close(
      zeroShotScores(
        [
          [0, 7, 1],
          [2, 0, 0],
        ],
        ids,
        'per-label',
      ),
      [0.7310585786300049, 0.11920292202211755],
    );
  });
  it('a single label is scored per label even without multi_label', () => {
    expect(scoringFor(false, 1)).toBe('per-label');
    expect(scoringFor(false, 2)).toBe('across-labels');
    expect(scoringFor(true, 2)).toBe('per-label');
  });
  it('ranks best first, later label first on ties', () => {
    expect(rankZeroShot(['a', 'b', 'c'], [0.25, 0.5, 0.25])).toEqual({
      labels: ['b', 'c', 'a'],
      scores: [0.5, 0.25, 0.25],
    });
  });
});
