import { describe, expect, it } from 'vitest';
import { instructionFor, languageCodes, translationPairs } from './languages.ts';

describe('translation languages', () => {
  it('reads the pairs of t5-small’s task_specific_params (as its config.json has them)', () => {
    const config = {
      task_specific_params: {
        summarization: { prefix: 'summarize: ' },
        translation_en_to_de: { prefix: 'translate English to German: ', num_beams: 4 },
        translation_en_to_ro: { prefix: 'translate English to Romanian: ' },
      },
    };
    expect(translationPairs(config)).toEqual([
      { key: 'translation_en_to_de', src: 'en', tgt: 'de', prefix: 'translate English to German: ' },
      { key: 'translation_en_to_ro', src: 'en', tgt: 'ro', prefix: 'translate English to Romanian: ' },
    ]);
    expect(translationPairs({})).toEqual([]);
  });

  it('finds NLLB and M2M100 language tokens among the special tokens, and nothing else', () => {
    expect(languageCodes(['<s>', '</s>', 'eng_Latn', 'fra_Latn', 'zho_Hans', '<mask>'])).toEqual([
      'eng_Latn',
      'fra_Latn',
      'zho_Hans',
    ]);
    expect(languageCodes(['__en__', '__fr__', '<pad>', 'en_XX'])).toEqual(['__en__', '__fr__']);
  });

  it('words an instruction the way T5 was trained', () => {
    expect(instructionFor('en', 'ro')).toBe('translate English to Romanian: ');
    expect(instructionFor('en', 'sw')).toBe('translate English to sw: ');
  });
});
