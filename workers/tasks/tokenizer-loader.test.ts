import { describe, expect, it } from 'vitest';
import { fakeTokenizer } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/tokenization/types.ts';
import type { JobContext, JobEvent, RunMessage } from '../message-host.ts';
import type { InferenceRuntime } from '../runtime-types.ts';
import { createTokenizerLoader } from './tokenizer-loader.ts';

const runtime: InferenceRuntime = {
  probeCapabilities: () => Promise.reject(new Error('not used')),
  loadSeq2Seq: () => Promise.reject(new Error('not used')),
  loadTokenizer: async (_request, onProgress) => {
    onProgress({ status: 'initiate', file: 'tokenizer.json' });
    onProgress({ status: 'progress', file: 'tokenizer.json', loaded: 100, total: 100 });
    onProgress({ status: 'done', file: 'tokenizer.json' });
    return fakeTokenizer();
  },
};

function message(model: string): RunMessage {
  return {
    type: 'run',
    jobId: 'j',
    job: { kind: 'tokenize', model, texts: ['a'], pairs: null, settings: DEFAULT_SETTINGS },
    runtime: { device: 'auto', dtype: 'auto' },
    source: { kind: 'hub', location: 'http://127.0.0.1:8765' },
  };
}

async function progressOrigins(model: string): Promise<string[]> {
  const events: JobEvent[] = [];
  const ctx: JobContext = {
    jobId: 'j',
    cancelled: false,
    emit: (e) => events.push(e),
    throwIfCancelled: () => {},
  };
  await createTokenizerLoader(runtime)(model, message(model), ctx);
  return events.flatMap((e) => (e.type === 'progress' ? [e.origin] : []));
}

describe('createTokenizerLoader', () => {
  it('reports a bundled tokenizer’s files as the app’s own, not as a download', async () => {
    const origins = await progressOrigins('bundled/qwen3');
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['bundled']));
  });

  it('reports a tokenizer from the model host as a download', async () => {
    const origins = await progressOrigins('org/name');
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['download']));
  });
});
