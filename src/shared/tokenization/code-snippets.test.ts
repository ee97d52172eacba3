import { describe, expect, it } from 'vitest';
import { javascriptSnippet, pythonSnippet, transformersJsDifferences } from './code-snippets.ts';
import { snippetSourceFor } from './snippet-source.ts';
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
  specialTokens: [
    { token: '[PAD]', id: 0, roles: ['pad_token'] },
    { token: '[UNK]', id: 100, roles: ['unk_token'] },
    { token: '[CLS]', id: 101, roles: ['cls_token'] },
    { token: '[SEP]', id: 102, roles: ['sep_token'] },
    { token: '[MASK]', id: 103, roles: ['mask_token'] },
  ],
};
/** GPT-2 style: one token is bos, eos and unk, and there is no pad token. */
const GPT2: TokenizerFacts = {
  ...BERT,
  processor: 'ByteLevel',
  specialsSingle: 0,
  specialsPair: 0,
  padToken: null,
  returnsTokenTypeIds: false,
  specialTokens: [{ token: '<|endoftext|>', id: 50256, roles: ['eos_token', 'bos_token', 'unk_token'] }],
};
const HUB = { location: 'hub' as const, hubUrl: 'https://huggingface.co' };
const MIRROR = { location: 'hub' as const, hubUrl: 'http://127.0.0.1:8765' };
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
    expect(pythonSnippet(source, ['Hello "world"', 'é\n'], ['a pair', 'b'], settings, BERT)).toBe(
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
    const code = pythonSnippet(source, ['x'], null, DEFAULT_SETTINGS, BERT);
    expect(code).toContain(
      '    ["x"],\n    add_special_tokens=True,\n    padding=False,\n    truncation=False,\n)',
    );
    expect(code).not.toMatch(/max_length|padding_side|pad_token|HF_ENDPOINT/);
  });

  it('sets HF_ENDPOINT before importing transformers when the host is not the Hub', () => {
    const code = pythonSnippet(snippetSourceFor('org/name', MIRROR), ['x'], null, DEFAULT_SETTINGS, BERT);
    const endpoint = code.indexOf('os.environ["HF_ENDPOINT"] = "http://127.0.0.1:8765"\n');
    expect(code.startsWith('import os\n')).toBe(true);
    expect(endpoint).toBeGreaterThan(0);
    expect(endpoint).toBeLessThan(code.indexOf('from transformers import AutoTokenizer'));
    expect(code).toMatch(/# .*before importing transformers/);
    expect(code).toContain('AutoTokenizer.from_pretrained("org/name")');
  });

  it('loads a local-folder model from its folder, and a bundled one from the Hub, without HF_ENDPOINT', () => {
    const local = pythonSnippet(
      snippetSourceFor('local-test/tiny', { location: 'local', hubUrl: 'http://127.0.0.1:8765' }),
      ['x'],
      null,
      DEFAULT_SETTINGS,
      BERT,
    );
    expect(local).toContain('AutoTokenizer.from_pretrained("public/models/local-test/tiny")');
    expect(local).not.toContain('HF_ENDPOINT');
    const bundled = pythonSnippet(
      snippetSourceFor('bundled/qwen3', MIRROR),
      ['x'],
      null,
      DEFAULT_SETTINGS,
      BERT,
    );
    expect(bundled).toContain('AutoTokenizer.from_pretrained("Qwen/Qwen3-0.6B")');
    expect(bundled).not.toContain('HF_ENDPOINT');
  });

  it('sets the chosen pad token before the call, by its role when it has one', () => {
    const padded = { ...DEFAULT_SETTINGS, padding: 'longest' as const };
    const eos = pythonSnippet(source, ['x'], null, { ...padded, pad_token: '<|endoftext|>' }, GPT2);
    expect(eos).toContain(
      'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")\ntokenizer.pad_token = tokenizer.eos_token  # "<|endoftext|>"\nencoded = tokenizer(',
    );
    const other = pythonSnippet(source, ['x'], null, { ...padded, pad_token: '<|im_start|>' }, GPT2);
    expect(other).toContain('tokenizer.pad_token = "<|im_start|>"\n');
  });
});

describe('javascriptSnippet', () => {
  it('loads a bundled tokenizer from the app folder and names the differences', () => {
    const code = javascriptSnippet(snippetSourceFor('bundled/llama3', MIRROR), ['x'], null, settings, {
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
    expect(code).not.toContain('remoteHost');
  });

  it('sets env.remoteHost, with the trailing slash, only for a host that is not the Hub', () => {
    const mirror = javascriptSnippet(
      snippetSourceFor('org/name', MIRROR),
      ['x'],
      null,
      DEFAULT_SETTINGS,
      BERT,
    );
    expect(mirror).toContain('import { AutoTokenizer, env } from "@huggingface/transformers";');
    expect(mirror).toContain('env.remoteHost = "http://127.0.0.1:8765/";\nconst tokenizer =');
    const hub = javascriptSnippet(snippetSourceFor('org/name', HUB), ['x'], null, DEFAULT_SETTINGS, BERT);
    expect(hub).not.toMatch(/env\b/);
  });

  it('loads a local-folder model with env.localModelPath', () => {
    const code = javascriptSnippet(
      snippetSourceFor('local-test/tiny', { location: 'local', hubUrl: 'http://127.0.0.1:8765' }),
      ['x'],
      null,
      DEFAULT_SETTINGS,
      BERT,
    );
    expect(code).toContain('env.localModelPath = "/models/";');
    expect(code).toContain('AutoTokenizer.from_pretrained("local-test/tiny")');
    expect(code).not.toContain('remoteHost');
  });

  it('sets pad_token and pad_token_id (transformers.js pads with the id), and no longer warns about eos', () => {
    const s = { ...DEFAULT_SETTINGS, padding: 'longest' as const, pad_token: '<|endoftext|>' };
    const eos = javascriptSnippet(source, ['x'], null, s, GPT2);
    expect(eos).toContain(
      'tokenizer.pad_token = tokenizer.eos_token;\ntokenizer.pad_token_id = tokenizer.eos_token_id;\nconst encoded',
    );
    expect(eos).not.toContain('end-of-sequence token');
    const other = javascriptSnippet(source, ['x'], null, { ...s, pad_token: '[CLS]' }, BERT);
    expect(other).toContain(
      'tokenizer.pad_token = "[CLS]";\ntokenizer.pad_token_id = tokenizer.convert_tokens_to_ids("[CLS]");',
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
