import { describe, expect, it } from 'vitest';
import { contentWords } from './words.ts';

describe('contentWords', () => {
  it.each([
    [
      'lower-cases and drops stopwords and punctuation',
      'The Mayor said: "We WILL rebuild the bridge!"',
      ['mayor', 'rebuild', 'bridge'],
    ],
    [
      'drops possessive s and contractions',
      "Marlow's mayor didn't resign; it’s over.",
      ['marlow', 'mayor', 'resign'],
    ],
    ['keeps numbers', 'In 2015, 3.5 million people voted.', ['2015', '3', '5', 'million', 'people', 'voted']],
    ['folds full-width letters (NFKC)', 'ＡＢＣ News', ['abc', 'news']],
    ['keeps Devanagari vowel signs inside words', 'मैं घर जा रहा हूँ', ['मैं', 'घर', 'जा', 'रहा', 'हूँ']],
    ['splits CJK runs into character bigrams', '今天天气', ['今天', '天天', '天气']],
    ['keeps a lone CJK character', 'A 猫', ['猫']],
    ['has no words for a sentence of stopwords', 'It is what it is.', []],
  ])('%s', (_name, text, expected) => {
    expect(contentWords(text)).toEqual(expected);
  });
});
