import { describe, expect, it } from 'vitest';
import { modelIdError } from './model-id.ts';

const EXAMPLE = 'Xenova/distilbart-cnn-6-6';

describe('modelIdError', () => {
  it.each(['', '   ', '\n'])('asks for an id when there is none (%j)', (id) => {
    expect(modelIdError(id, EXAMPLE)).toEqual({
      code: 'empty-input',
      message: 'Enter a model id, for example "Xenova/distilbart-cnn-6-6".',
      retryable: false,
    });
  });

  it.each([
    '../../etc/passwd',
    '<img src=x onerror=alert(1)>',
    'org/name/extra',
    'https://huggingface.co/org/name',
    'org/..',
    '/absolute',
    'org name',
  ])('%s is not a model id', (id) => {
    expect(modelIdError(id, EXAMPLE)).toEqual({
      code: 'model-not-found',
      message: `"${id}" is not a model id. Use the form org/name, for example "Xenova/distilbart-cnn-6-6".`,
      retryable: false,
    });
  });

  it('shortens a long paste in the message', () => {
    const message = modelIdError('word '.repeat(200), EXAMPLE)?.message ?? '';
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…" is not a model id');
  });

  it.each(['gpt2', 'Xenova/t5-small', 'bundled/qwen3', 'glasspipe-test/tiny_t5.v2'])('accepts %s', (id) => {
    expect(modelIdError(id, EXAMPLE)).toBeNull();
  });
});
