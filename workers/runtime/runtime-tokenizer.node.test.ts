/**
 * The real runtime's tokenizer loads against the loopback hub and a local folder: a repository
 * that does not exist and a repository without tokenizer_config.json get different messages.
 * transformers.js 4.3 answers both with the same bare TypeError (it finds no tokenizer files).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackHub, type LoopbackHub } from '../../e2e/support/loopback-hub.ts';
import type { ModelSource } from '../../src/shared/protocol/index.ts';
import { classifyError } from '../error-classifier.ts';
import { createTransformersRuntime } from './runtime.ts';

const ROOT = 'fixtures/hub';
let hub: LoopbackHub;

beforeAll(async () => {
  hub = await startLoopbackHub({ root: ROOT, port: 0 });
});

afterAll(async () => {
  await hub.close();
});

async function loadError(model: string, source: ModelSource): Promise<string> {
  const runtime = createTransformersRuntime({});
  const error = await runtime
    .load('tokenizer', { model, source, device: 'wasm', dtype: 'fp32' }, () => undefined)
    .then(
      () => null,
      (e: unknown) => e,
    );
  if (error === null) throw new Error(`${model} loaded`);
  return classifyError(error, { model, source, device: 'wasm', online: true }).message;
}

describe('loadTokenizer failures', () => {
  it('a repository the host does not have is "not found", not "has no tokenizer"', async () => {
    const message = await loadError('glasspipe-test/no-such-model', { kind: 'hub', location: hub.url });
    expect(message).toBe(
      `Model "glasspipe-test/no-such-model" was not found on ${hub.url}. Check the id (for example "Xenova/distilbart-cnn-6-6") and the model host.`,
    );
  });

  it('a repository that exists but lacks tokenizer_config.json has no tokenizer', async () => {
    // tiny-nli is not loaded anywhere else in this file: transformers.js memoizes file lookups.
    hub.setFault('tiny-nli/resolve/main/tokenizer_config.json', 'not-found');
    try {
      const message = await loadError('glasspipe-test/tiny-nli', { kind: 'hub', location: hub.url });
      expect(message).toContain(
        `Model "glasspipe-test/tiny-nli" on ${hub.url} has no tokenizer (tokenizer_config.json is missing).`,
      );
    } finally {
      hub.clearFaults();
    }
  });

  it('a model missing from the local folder names the folder', async () => {
    const location = `${resolve(ROOT)}/`;
    const message = await loadError('glasspipe-test/missing', { kind: 'local', location });
    expect(message).toBe(
      `Model "glasspipe-test/missing" is not in the app's local model folder (${location}). Put its files in public/models/glasspipe-test/missing/, or fetch them with \`npm run models:pull -- glasspipe-test/missing\`, then run \`npm start\` again.`,
    );
  });
});
