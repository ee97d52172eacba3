import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { batchCsv, batchJson, exportFileName, spreadsheetSafe } from './export-batch.ts';
import { classified } from './test-items.ts';

const batch = {
  model: 'glasspipe-test/tiny-sentiment',
  activation: 'softmax' as const,
  activationReason: 'two labels and no problem_type: softmax',
  labels: ['NEGATIVE', 'POSITIVE'],
  skippedLines: [1],
  limit: { tokens: 512, source: 'model_max_length' as const, modelMaxLength: 512 },
  items: [
    classified(
      0,
      'good, "really"',
      [
        ['POSITIVE', 0.75],
        ['NEGATIVE', 0.25],
      ],
      [-0.5, 0.6],
    ),
    classified(
      2,
      '=1+2\nbad',
      [
        ['NEGATIVE', 0.5],
        ['POSITIVE', 0.5],
      ],
      [0.1, 0.1],
    ),
  ],
};

describe('batchCsv', () => {
  it('a header, then one row per text with every score and logit in label order; escaping round-trips', () => {
    const csv = batchCsv(batch);
    expect(csv.split('\r\n')[0]).toBe(
      'line,text,label,score,score_NEGATIVE,score_POSITIVE,logit_NEGATIVE,logit_POSITIVE',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [
        'line',
        'text',
        'label',
        'score',
        'score_NEGATIVE',
        'score_POSITIVE',
        'logit_NEGATIVE',
        'logit_POSITIVE',
      ],
      ['1', 'good, "really"', 'POSITIVE', '0.75', '0.25', '0.75', '-0.5', '0.6'],
      // A formula-like text is written with a leading ' so a spreadsheet shows it as text.
      ['3', "'=1+2\nbad", 'NEGATIVE', '0.5', '0.5', '0.5', '0.1', '0.1'],
    ]);
    expect(csv).toContain('"good, ""really"""');
  });
});

describe('batchJson', () => {
  it('everything shown, lines from 1, numbers unrounded', () => {
    const value = JSON.parse(batchJson(batch)) as Record<string, unknown>;
    expect(value).toMatchObject({
      model: batch.model,
      activation: 'softmax',
      labels: ['NEGATIVE', 'POSITIVE'],
      maxTokens: 512,
      skippedLines: [2],
    });
    expect((value['items'] as unknown[])[0]).toEqual({
      line: 1,
      text: 'good, "really"',
      label: 'POSITIVE',
      score: 0.75,
      labels: [
        { label: 'POSITIVE', score: 0.75 },
        { label: 'NEGATIVE', score: 0.25 },
      ],
      logits: [-0.5, 0.6],
      tokens: ['[CLS]', 'good, "really"', '[SEP]'],
      ids: [101, 7, 102],
      truncated: 0,
    });
  });
});

describe('exportFileName', () => {
  it('names the model, without its organisation or odd characters', () => {
    expect(exportFileName('Xenova/toxic-bert', 'csv')).toBe('sentiment-toxic-bert.csv');
    expect(exportFileName('a b', 'json')).toBe('sentiment-a_b.json');
  });
});

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1 great', "'+1 great"],
    ['-5% today', "'-5% today"],
    ['@user nice', "'@user nice"],
    ['fine = good', 'fine = good'],
  ])('%j → %j', (text, expected) => {
    expect(spreadsheetSafe(text)).toBe(expected);
  });
});
