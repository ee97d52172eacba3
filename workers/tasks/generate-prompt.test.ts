import { describe, expect, it } from 'vitest';
import { checkLength, checkSettings, requireDecoderOnly } from './generate-prompt.ts';

const refusal = (run: () => void): string => {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return '';
};

describe('requireDecoderOnly', () => {
  it('takes causal LMs and points other models to their view', () => {
    for (const architectures of [['GPT2LMHeadModel'], ['LlamaForCausalLM'], ['Qwen2ForCausalLM'], []])
      expect(refusal(() => requireDecoderOnly('m', { architectures }))).toBe('');
    expect(
      refusal(() =>
        requireDecoderOnly('m', { is_encoder_decoder: true, architectures: ['T5ForConditionalGeneration'] }),
      ),
    ).toMatch(/Summarize \(#\/summarize\) or Translation/);
    expect(
      refusal(() => requireDecoderOnly('m', { architectures: ['BertForSequenceClassification'] })),
    ).toMatch(/Sentiment/);
    expect(refusal(() => requireDecoderOnly('m', { architectures: ['BertForMaskedLM'] }))).toMatch(
      /no language-modelling head/,
    );
    expect(refusal(() => requireDecoderOnly('m', { architectures: ['GPT2Model'] }))).toMatch(
      /no language-modelling head/,
    );
  });
});

describe('checkSettings and checkLength', () => {
  it('say what Python says and what to do', () => {
    expect(refusal(() => checkSettings({ max_new_tokens: 0 }))).toMatch(/greater than 0/);
    expect(refusal(() => checkSettings({ do_sample: true, temperature: 0 }))).toMatch(
      /set `do_sample=False`/,
    );
    // Greedy ignores the temperature, as Python does (it only warns).
    expect(refusal(() => checkSettings({ do_sample: false, temperature: 0 }))).toBe('');
    expect(refusal(() => checkSettings({ top_p: 0 }))).toMatch(/\(0, 1\]/);
    expect(refusal(() => checkSettings({ top_p: 1 }))).toBe('');
    expect(refusal(() => checkLength(10, 300, 256))).toMatch(
      /context of 256: set max_new_tokens to at most 246/,
    );
    expect(refusal(() => checkLength(256, 1, 256))).toMatch(/already fills this model's context of 256/);
    expect(refusal(() => checkLength(30, -10, null))).toMatch(/Set max_new_tokens/);
    expect(refusal(() => checkLength(10, 246, 256))).toBe('');
  });
});
