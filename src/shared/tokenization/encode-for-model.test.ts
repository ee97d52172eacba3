import { describe, expect, it } from 'vitest';
import { encodeForModel, TokenizationError } from './encode-for-model.ts';
import { fakeTokenizer, TEMPLATES } from './testing/fake-tokenizer.ts';

describe('encodeForModel', () => {
  const t5 = fakeTokenizer({ template: TEMPLATES.t5 });

  it.each([
    ['no limit', undefined, [10, 11, 12, 13, 4], 0],
    ['cut to 3, keeping </s>', 3, [10, 11, 4], 2],
    ['a limit that fits', 10, [10, 11, 12, 13, 4], 0],
  ])('%s', (_name, maxLength, ids, cut) => {
    expect(encodeForModel(t5, 'a b c d', { maxLength })).toMatchObject({
      ids,
      cut,
      attentionMask: ids.map(() => 1),
    });
  });

  it('throws a TokenizationError with the lab issue when max_length leaves no room', () => {
    expect(() => encodeForModel(t5, 'a b', { maxLength: 1 })).toThrow(TokenizationError);
  });
});
