import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from './zero-shot-inputs.ts';
import { forcedDtype, textCount, textsOf, zeroShotJob } from './zero-shot-job.ts';

describe('the zero-shot job', () => {
  it('one text keeps its line breaks; a batch is one text per line, blank lines kept for their place', () => {
    expect(textsOf('a\nb', false)).toEqual(['a\nb']);
    expect(textsOf('a\r\n\nb', true)).toEqual(['a', '', 'b']);
    expect(textCount('a\n \nb\n', true)).toBe(2);
    expect(textCount('  ', false)).toBe(0);
  });

  it('sends the labels as typed and the settings as they are', () => {
    const job = zeroShotJob({
      ...DEFAULT_INPUTS,
      model: ' glasspipe-test/tiny-nli ',
      text: 'The football match ended late.',
      labels: 'sports, politics',
      multiLabel: true,
    });
    expect(job).toEqual({
      kind: 'zero-shot',
      model: 'glasspipe-test/tiny-nli',
      texts: ['The football match ended late.'],
      labels: 'sports, politics',
      template: 'This example is {}.',
      multiLabel: true,
    });
  });

  it('bart-large-mnli must run in fp32; other models take the page’s dtype', () => {
    expect(forcedDtype('Xenova/bart-large-mnli')).toBe('fp32');
    expect(forcedDtype('glasspipe-test/tiny-nli')).toBeUndefined();
  });
});
