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
      summarize: { model: 'glasspipe-test/tiny-bart', location: 'hub' as const },
      tokenizer: { model: 'local-test/tiny-t5', location: 'local' as const },
    };
    writeRememberedModels(storage, models);
    expect(readRememberedModels(storage)).toEqual(models);
  });

  it('reads nothing from missing, malformed or foreign values', () => {
    expect(readRememberedModels(null)).toEqual({});
    expect(readRememberedModels(memoryStorage({ [REMEMBERED_MODELS_KEY]: '{not json' }))).toEqual({});
    const foreign = JSON.stringify({
      summarize: { model: 42, location: 'hub' },
      tokenizer: { model: 'x', location: 'cdn' },
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
