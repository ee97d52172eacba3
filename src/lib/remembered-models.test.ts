import { describe, expect, it } from 'vitest';
import { readRememberedModels, REMEMBERED_MODELS_KEY, writeRememberedModels } from './remembered-models.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('remembered models', () => {
  it('round-trips each view’s choice', () => {
    const storage = memoryStorage();
    const models = {
      summarize: {
        label: 'Summarize',
        model: 'glasspipe-test/tiny-bart',
        location: 'hub' as const,
        kind: 'seq2seq' as const,
      },
      tokenizer: {
        label: 'Tokenizer lab',
        model: 'local-test/tiny-t5',
        location: 'local' as const,
        kind: 'tokenizer' as const,
      },
      generate: {
        label: 'Generate',
        model: 'HuggingFaceTB/SmolLM2-135M-Instruct',
        location: 'hub' as const,
        kind: 'causal' as const,
        dtype: 'q4' as const,
      },
    };
    writeRememberedModels(storage, models);
    expect(readRememberedModels(storage)).toEqual(models);
  });

  it('reads nothing from missing, malformed or foreign values', () => {
    expect(readRememberedModels(null)).toEqual({});
    expect(readRememberedModels(memoryStorage({ [REMEMBERED_MODELS_KEY]: '{not json' }))).toEqual({});
    const foreign = JSON.stringify({
      summarize: { label: 'S', model: 42, location: 'hub', kind: 'seq2seq' },
      tokenizer: { label: 'T', model: 'x', location: 'cdn', kind: 'tokenizer' },
      other: { label: 'O', model: 'x', location: 'hub', kind: 'gguf' },
    });
    expect(readRememberedModels(memoryStorage({ [REMEMBERED_MODELS_KEY]: foreign }))).toEqual({});
  });

  it('a storage that refuses writes is not an error', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => writeRememberedModels(refusing, {})).not.toThrow();
  });
});
