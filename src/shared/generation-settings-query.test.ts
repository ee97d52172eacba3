import { describe, expect, it } from 'vitest';
import { generationSettingsFromQuery, writeGenerationSettings } from './generation-settings-query.ts';

describe('generation settings in the URL', () => {
  it('reads Hugging Face names and values as Python spells them', () => {
    const q = new URLSearchParams(
      'num_beams=4&length_penalty=2.0&early_stopping=never&do_sample=False&max_length=142&top_p=0.9',
    );
    expect(generationSettingsFromQuery(q)).toEqual({
      num_beams: 4,
      length_penalty: 2,
      early_stopping: 'never',
      do_sample: false,
      max_length: 142,
      top_p: 0.9,
    });
  });

  it('ignores values that do not parse', () => {
    const q = new URLSearchParams('num_beams=four&early_stopping=maybe&do_sample=yes&top_k=');
    expect(generationSettingsFromQuery(q)).toEqual({});
  });

  it('round-trips, and unset settings leave the query', () => {
    const params = new URLSearchParams('num_beams=2&hub=http://h');
    writeGenerationSettings(params, { early_stopping: true, min_length: 5 });
    expect(params.toString()).toBe('hub=http%3A%2F%2Fh&min_length=5&early_stopping=true');
    expect(generationSettingsFromQuery(params)).toEqual({ early_stopping: true, min_length: 5 });
  });
});
