import { describe, expect, it } from 'vitest';
import { promptParts } from './prompt-parts.ts';

describe('the rendered prompt in parts', () => {
  it('marks ChatML’s special tokens and keeps the line breaks the template wrote', () => {
    expect(promptParts('<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n')).toEqual([
      { kind: 'special', text: '<|im_start|>' },
      { kind: 'text', text: 'user' },
      { kind: 'newline' },
      { kind: 'text', text: 'Hi' },
      { kind: 'special', text: '<|im_end|>' },
      { kind: 'newline' },
      { kind: 'special', text: '<|im_start|>' },
      { kind: 'text', text: 'assistant' },
      { kind: 'newline' },
    ]);
  });

  it('knows Llama’s and Mistral’s spellings, and leaves ordinary angle brackets alone', () => {
    expect(
      promptParts('<s>[INST] a < b <b>[/INST]').map((p) => (p.kind === 'newline' ? '⏎' : p.text)),
    ).toEqual(['<s>', '[INST]', ' a < b <b>', '[/INST]']);
    expect(promptParts('')).toEqual([]);
    expect(promptParts('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});
