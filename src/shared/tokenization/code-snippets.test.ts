import { describe, expect, it } from 'vitest';
import { snippetSourceFor } from './bundled.ts';
import { javascriptSnippet, pythonSnippet, transformersJsDifferences } from './code-snippets.ts';
import { DEFAULT_SETTINGS, type TokenizerFacts, type TokenizerSettings } from './types.ts';

const BERT: TokenizerFacts = {
  processor: 'TemplateProcessing',
  specialsSingle: 2,
  specialsPair: 3,
  padToken: '[PAD]',
  modelMaxLength: 512,
  paddingSide: 'right',
  returnsTokenTypeIds: true,
  pieces: {
    byteLevel: false,
    metaspace: null,
    byteFallback: false,
    continuingSubwordPrefix: '##',
    endOfWordSuffix: null,
  },
};
const source = { pythonId: 'bert-base-uncased', jsId: 'Xenova/bert-base-uncased' };
const settings: TokenizerSettings = {
  ...DEFAULT_SETTINGS,
  padding: 'longest',
  truncation: true,
  max_length: 16,
  padding_side: 'left',
};

describe('pythonSnippet', () => {
  it('writes the exact call', () => {
    expect(pythonSnippet(source, ['Hello "world"', 'é\n'], ['a pair', 'b'], settings)).toBe(
      [
        'from transformers import AutoTokenizer',
        '',
        'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
        'tokenizer.padding_side = "left"',
        'encoded = tokenizer(',
        '    [',
        '      "Hello \\"world\\"",',
        '      "é\\n",',
        '    ],',
        '    [',
        '      "a pair",',
        '      "b",',
        '    ],  # text_pair',
        '    add_special_tokens=True,',
        '    padding="longest",',
        '    truncation=True,',
        '    max_length=16,',
        ')',
        'print(encoded["input_ids"])',
        'print(encoded["attention_mask"])',
        '',
      ].join('\n'),
    );
  });

  it('leaves out max_length and padding_side when not set', () => {
    const code = pythonSnippet(source, ['x'], null, DEFAULT_SETTINGS);
    expect(code).toContain(
      '    ["x"],\n    add_special_tokens=True,\n    padding=False,\n    truncation=False,\n)',
    );
    expect(code).not.toMatch(/max_length|padding_side/);
  });
});

describe('javascriptSnippet', () => {
  it('loads a bundled tokenizer from the app folder and names the differences', () => {
    const code = javascriptSnippet(snippetSourceFor('bundled/llama3'), ['x'], null, settings, {
      ...BERT,
      padToken: null,
    });
    expect(code).toContain('env.localModelPath = "/tokenizers/";');
    expect(code).toContain('AutoTokenizer.from_pretrained("llama3")');
    expect(code).toContain(
      '  padding: true,\n  truncation: true,\n  max_length: 16,\n  return_tensor: false,',
    );
    expect(code).toMatch(
      /Where transformers\.js 4\.3 differs[\s\S]*final <\/s> or \[SEP\] is lost[\s\S]*end-of-sequence token/,
    );
  });
});

describe('transformersJsDifferences', () => {
  it.each([
    ['defaults: none', DEFAULT_SETTINGS, BERT, null, 0],
    ['truncation with specials', { ...DEFAULT_SETTINGS, truncation: true, max_length: 8 }, BERT, null, 1],
    ['pair truncation', { ...DEFAULT_SETTINGS, truncation: true, max_length: 8 }, BERT, ['b'], 2],
    ['an empty pair', DEFAULT_SETTINGS, BERT, ['b', ''], 1],
    [
      'ByteLevel pair',
      DEFAULT_SETTINGS,
      { ...BERT, processor: 'ByteLevel', specialsSingle: 0, specialsPair: 0 },
      ['b'],
      1,
    ],
    [
      'max_length above the model limit',
      { ...DEFAULT_SETTINGS, padding: 'max_length' as const, max_length: 600 },
      BERT,
      null,
      1,
    ],
    [
      'padding longest with max_length, no truncation',
      { ...DEFAULT_SETTINGS, padding: 'longest' as const, max_length: 8 },
      BERT,
      null,
      1,
    ],
  ])('%s', (_name, s, facts, pairs, count) => {
    expect(transformersJsDifferences(s, facts, pairs)).toHaveLength(count);
  });
});
