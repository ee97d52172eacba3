import { describe, expect, it } from 'vitest';
import type { PromptConstruction } from '../../shared/protocol/index.ts';
import {
  counterpartOf,
  dtypeFor,
  isKnownChatModel,
  mayBeChatModel,
  paneBModel,
  snippetMode,
} from './generation-models.ts';

describe('Generate’s catalog helpers', () => {
  it('pair a base model with its instruction-tuned fine-tune, both ways', () => {
    expect(counterpartOf('HuggingFaceTB/SmolLM2-135M-Instruct')).toBe('onnx-community/SmolLM2-135M-ONNX');
    expect(counterpartOf('onnx-community/SmolLM2-135M-ONNX')).toBe('HuggingFaceTB/SmolLM2-135M-Instruct');
    expect(counterpartOf(' glasspipe-test/tiny-gpt ')).toBe('glasspipe-test/tiny-gpt-instruct');
    expect(counterpartOf('glasspipe-test/tiny-gpt-instruct')).toBe('glasspipe-test/tiny-gpt');
    expect(counterpartOf('Xenova/distilgpt2')).toBeNull();
    expect(counterpartOf('org/unknown')).toBeNull();
  });

  it('pane b follows pane a’s counterpart until a model is chosen for it', () => {
    expect(paneBModel('glasspipe-test/tiny-gpt', null)).toBe('glasspipe-test/tiny-gpt-instruct');
    expect(paneBModel('glasspipe-test/tiny-gpt', 'org/other')).toBe('org/other');
    expect(paneBModel('Xenova/distilgpt2', null)).toBe('');
  });

  it('a catalog dtype applies unless the page asked for one', () => {
    expect(dtypeFor('HuggingFaceTB/SmolLM2-135M-Instruct', 'auto')).toBe('q4');
    expect(dtypeFor('onnx-community/SmolLM2-135M-ONNX', 'auto')).toBe('fp32');
    expect(dtypeFor('onnx-community/SmolLM2-135M-ONNX', 'fp16')).toBeUndefined();
    expect(dtypeFor('glasspipe-test/tiny-gpt', 'auto')).toBeUndefined();
  });

  it('knows chat models by their flavour', () => {
    expect(isKnownChatModel('glasspipe-test/tiny-gpt-instruct')).toBe(true);
    expect(isKnownChatModel('Xenova/distilgpt2')).toBe(false);
    expect(isKnownChatModel('org/unknown')).toBeNull();
  });

  it('offers the chat fields unless the model is known to be a base model', () => {
    expect(mayBeChatModel('glasspipe-test/tiny-gpt')).toBe(false);
    expect(mayBeChatModel('glasspipe-test/tiny-gpt-instruct')).toBe(true);
    expect(mayBeChatModel('org/unknown')).toBe(true);
  });

  it('writes the copied prompt as the worker built it, else as the catalog or the id suggests', () => {
    const chat: PromptConstruction = {
      mode: 'chat',
      messages: [],
      template: '',
      addSpecialTokens: false,
      hasTemplate: true,
    };
    expect(snippetMode(true, 'org/unknown', chat)).toBe('chat');
    expect(snippetMode(true, 'org/x-Instruct', { ...chat, mode: 'raw', hasTemplate: false })).toBe('raw');
    expect(snippetMode(false, 'glasspipe-test/tiny-gpt-instruct', chat)).toBe('raw');
    expect(snippetMode(true, 'glasspipe-test/tiny-gpt-instruct', null)).toBe('chat');
    expect(snippetMode(true, 'Xenova/distilgpt2', null)).toBe('raw');
    expect(snippetMode(true, 'org/gemma-2b-it', null)).toBe('chat');
    expect(snippetMode(true, 'org/gpt-neo', null)).toBe('raw');
  });
});
