import { describe, expect, it } from 'vitest';
import { fakeTokenizer } from '../../src/shared/tokenization/testing/fake-tokenizer.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/tokenization/types.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';

function setup() {
  return taskHarness(
    fakeRuntime({
      async tokenizer(_request, onProgress) {
        onProgress({ status: 'initiate', file: 'tokenizer.json' });
        onProgress({ status: 'progress', file: 'tokenizer.json', loaded: 100, total: 100 });
        onProgress({ status: 'done', file: 'tokenizer.json' });
        return fakeTokenizer();
      },
    }),
  );
}

async function progressOrigins(model: string): Promise<string[]> {
  const h = setup();
  await h.run(
    { kind: 'tokenize', model, texts: ['a'], pairs: null, settings: DEFAULT_SETTINGS },
    { jobId: 'j' },
  );
  return h.eventsOf('j').flatMap((e) => (e.type === 'progress' ? [e.origin] : []));
}

describe('the model loader', () => {
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

  it('announces no device for a tokenizer, whose files are the same on every device', async () => {
    const h = setup();
    await h.run(
      { kind: 'tokenize', model: 'org/a', texts: ['a'], pairs: null, settings: DEFAULT_SETTINGS },
      { jobId: 'j' },
    );
    expect(h.eventsOf('j').some((e) => e.type === 'runtime')).toBe(false);
  });
});
