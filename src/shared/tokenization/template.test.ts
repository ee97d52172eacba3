import { describe, expect, it } from 'vitest';
import { countSpecials, templateFromPostProcessor } from './template.ts';
import type { SpecialsTemplate } from './types.ts';

const VOCAB: Record<string, number> = {
  '[CLS]': 101,
  '[SEP]': 102,
  '<s>': 0,
  '</s>': 2,
  '<|begin_of_text|>': 128000,
};
const lookup = (token: string) => VOCAB[token] ?? null;

/** A template as a compact string: `[CLS]:0 A:0 [SEP]:0`. */
function show(template: SpecialsTemplate | null): { single: string; pair: string | null } | null {
  if (template === null) return null;
  const parts = (p: SpecialsTemplate['single']) =>
    p
      .map((x) => (x.kind === 'sequence' ? `${x.which}:${x.typeId}` : `${x.tokens.join('+')}:${x.typeId}`))
      .join(' ');
  return { single: parts(template.single), pair: template.pair === null ? null : parts(template.pair) };
}

const bertTemplate = {
  type: 'TemplateProcessing',
  single: [
    { SpecialToken: { id: '[CLS]', type_id: 0 } },
    { Sequence: { id: 'A', type_id: 0 } },
    { SpecialToken: { id: '[SEP]', type_id: 0 } },
  ],
  pair: [
    { SpecialToken: { id: '[CLS]', type_id: 0 } },
    { Sequence: { id: 'A', type_id: 0 } },
    { SpecialToken: { id: '[SEP]', type_id: 0 } },
    { Sequence: { id: 'B', type_id: 1 } },
    { SpecialToken: { id: '[SEP]', type_id: 1 } },
  ],
  special_tokens: {
    '[CLS]': { id: '[CLS]', ids: [101], tokens: ['[CLS]'] },
    '[SEP]': { id: '[SEP]', ids: [102], tokens: ['[SEP]'] },
  },
};

describe('templateFromPostProcessor', () => {
  it.each([
    [
      'TemplateProcessing (BERT)',
      bertTemplate,
      { single: '[CLS]:0 A:0 [SEP]:0', pair: '[CLS]:0 A:0 [SEP]:0 B:1 [SEP]:1' },
    ],
    [
      'BertProcessing',
      { type: 'BertProcessing', cls: ['[CLS]', 101], sep: ['[SEP]', 102] },
      { single: '[CLS]:0 A:0 [SEP]:0', pair: '[CLS]:0 A:0 [SEP]:0 B:1 [SEP]:1' },
    ],
    [
      'RobertaProcessing (two </s> between)',
      { type: 'RobertaProcessing', cls: ['<s>', 0], sep: ['</s>', 2] },
      { single: '<s>:0 A:0 </s>:0', pair: '<s>:0 A:0 </s>:0 </s>:1 B:1 </s>:1' },
    ],
    [
      'ByteLevel (no special tokens)',
      { type: 'ByteLevel', add_prefix_space: true },
      { single: 'A:0', pair: 'A:0 B:1' },
    ],
    ['no post-processor', null, { single: 'A:0', pair: 'A:0 B:1' }],
    [
      'Sequence of ByteLevel and a template',
      { type: 'Sequence', processors: [{ type: 'ByteLevel' }, bertTemplate] },
      { single: '[CLS]:0 A:0 [SEP]:0', pair: '[CLS]:0 A:0 [SEP]:0 B:1 [SEP]:1' },
    ],
    [
      'a template without a pair',
      { ...bertTemplate, pair: undefined },
      { single: '[CLS]:0 A:0 [SEP]:0', pair: null },
    ],
    [
      'a special token standing for two ids',
      {
        type: 'TemplateProcessing',
        single: [{ SpecialToken: { id: 'X', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
        special_tokens: { X: { id: 'X', ids: [7, 8], tokens: ['x1', 'x2'] } },
      },
      { single: 'x1+x2:0 A:0', pair: null },
    ],
  ])('%s', (_name, config, expected) => {
    expect(show(templateFromPostProcessor(config, lookup))).toEqual(expected);
  });

  it('refuses a template whose special token is not in the vocabulary', () => {
    const config = {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '<nope>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
    };
    expect(templateFromPostProcessor(config, lookup)).toBeNull();
  });

  it('counts special tokens like num_special_tokens_to_add', () => {
    const template = templateFromPostProcessor(bertTemplate, lookup);
    expect(template && countSpecials(template.single)).toBe(2);
    expect(template?.pair && countSpecials(template.pair)).toBe(3);
  });
});
