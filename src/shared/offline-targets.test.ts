import { describe, expect, it } from 'vitest';
import type { CachedModelInfo } from './protocol/index.ts';
import { isCached, offlineNeed, storedModelLabel } from './offline-targets.ts';

const stored = (host: string, model: string, files: string[]): CachedModelInfo => ({
  host,
  model,
  revision: host === 'local' ? null : 'main',
  files: files.map((file) => ({ file, bytes: 10, dtype: null })),
  totalBytes: 10 * files.length,
  dtypes: [],
  lastUsed: 0,
});

describe('offline targets', () => {
  it('a bundled tokenizer is named as the lab names it, and as shipped with the app', () => {
    const qwen = stored('local', 'qwen3', ['tokenizer.json', 'tokenizer_config.json']);
    expect(storedModelLabel(qwen)).toEqual({ name: 'bundled/qwen3', source: 'shipped with the app' });
    expect(
      isCached([qwen], { view: 'Tokenizer lab', model: 'bundled/qwen3', kind: 'tokenizer' }, 'http://h'),
    ).toBe(true);
  });

  it('a model of the local folder and a hub model keep their own names', () => {
    const local = stored('local', 'local-test/tiny-t5', ['config.json', 'onnx/encoder_model.onnx']);
    expect(storedModelLabel(local)).toEqual({
      name: 'local-test/tiny-t5',
      source: 'the app’s local model folder',
    });
    expect(storedModelLabel(stored('http://h', 'org/m', ['config.json']))).toEqual({
      name: 'org/m',
      source: 'http://h',
    });
  });

  it('a bundled tokenizer that is not stored does not "need the network"', () => {
    expect(
      offlineNeed({ view: 'Tokenizer lab', model: 'bundled/qwen3', kind: 'tokenizer' }, 'http://h'),
    ).not.toMatch(/network/);
    expect(offlineNeed({ view: 'Summarize', model: 'org/m', kind: 'seq2seq' }, 'http://h')).toContain(
      'needs the network (http://h)',
    );
  });
});
