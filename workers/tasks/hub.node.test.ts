/**
 * The Hub view's jobs against the loopback hub serving the generated fixture models, through
 * `@huggingface/hub` and real HTTP: sizes per dtype are checked against the files on disk, the
 * commit against the resolve endpoint's X-Repo-Commit, and the order against the Hub's rules.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FromWorker,
  HubModelResult,
  HubQuery,
  HubSearchResult,
} from '../../src/shared/protocol/index.ts';
import { FIXTURE_HUB_ROOT } from '../../e2e/support/fixtures.ts';
import { startLoopbackHub, type CatalogModel, type LoopbackHub } from '../../e2e/support/loopback-hub.ts';
import { fakeRuntime } from '../testing/fake-runtime.ts';
import { taskHarness } from '../testing/task-harness.ts';
import { planDownload } from './plan-download.ts';

const BART = 'glasspipe-test/tiny-bart';
const GPT = 'glasspipe-test/tiny-gpt';
const QUERY: HubQuery = {
  search: '',
  task: null,
  browserOnly: false,
  license: null,
  language: null,
  sort: 'downloads',
};

let hub: LoopbackHub;
beforeAll(async () => {
  hub = await startLoopbackHub({ root: FIXTURE_HUB_ROOT, port: 0 });
});
afterAll(() => hub.close());

function harness() {
  const h = taskHarness(fakeRuntime({}), { fetch: (url, init) => fetch(url, init) });
  return (job: Parameters<typeof h.run>[0]) => h.run(job, { source: { kind: 'hub', location: hub.url } });
}

function result<T>(event: FromWorker): T {
  if (event.type !== 'done') throw new Error(`job ended with ${JSON.stringify(event)}`);
  return event.result as T;
}

const bytesOf = (model: string, file: string) => statSync(join(FIXTURE_HUB_ROOT, model, file)).size;

describe('hub-model on the loopback hub', () => {
  it('sizes every dtype of a seq2seq model as encoder + merged decoder, at the commit the files resolve to', async () => {
    const run = harness();
    const { detail } = result<HubModelResult>(await run({ kind: 'hub-model', model: BART }));
    expect(detail.sessions).toEqual(['encoder_model', 'decoder_model_merged']);
    expect(detail.dtypes).toEqual({
      fp32: bytesOf(BART, 'onnx/encoder_model.onnx') + bytesOf(BART, 'onnx/decoder_model_merged.onnx'),
      q8:
        bytesOf(BART, 'onnx/encoder_model_quantized.onnx') +
        bytesOf(BART, 'onnx/decoder_model_merged_quantized.onnx'),
    });
    const head = await fetch(`${hub.url}/${BART}/resolve/main/config.json`, { method: 'HEAD' });
    expect(detail.sha).toBe(head.headers.get('x-repo-commit'));
    expect(detail.commits[0]?.id).toBe(detail.sha);
    // Tiny models fit the 4 GiB WebAssembly heap of a device that reports no memory.
    expect(detail.dtypeDetails.every((d) => d.runs.device === 'wasm' && d.runs.fits === true)).toBe(true);
    expect(detail.dtypeDetails.every((d) => d.cached === false)).toBe(true);
  });

  it('needs one session for a decoder-only model', async () => {
    const run = harness();
    const { detail } = result<HubModelResult>(await run({ kind: 'hub-model', model: GPT }));
    expect(detail.sessions).toEqual(['model']);
    expect(detail.dtypes).toEqual({
      fp32: bytesOf(GPT, 'onnx/model.onnx'),
      q8: bytesOf(GPT, 'onnx/model_quantized.onnx'),
    });
  });

  it('says a model that does not exist was not found (the Hub answers 401)', async () => {
    const run = harness();
    const end = await run({ kind: 'hub-model', model: 'glasspipe-test/no-such-model' });
    expect(end).toMatchObject({ type: 'error', error: { code: 'model-not-found', retryable: false } });
  });
});

describe('hub-search on the loopback hub', () => {
  it('finds the fixture models, most downloaded first, the same across page sizes', async () => {
    const run = harness();
    const query = { ...QUERY, search: 'glasspipe-test/' };
    const whole = result<HubSearchResult>(await run({ kind: 'hub-search', query, count: 100 }));
    expect(whole.rows.map((r) => r.id).sort()).toEqual(
      [
        'tiny-bart',
        'tiny-gpt',
        'tiny-gpt-instruct',
        'tiny-marian-en-es',
        'tiny-nli',
        'tiny-nllb',
        'tiny-sentiment',
        'tiny-t5',
        'tiny-toxic',
      ].map((name) => `glasspipe-test/${name}`),
    );
    const downloads = whole.rows.map((r) => r.downloads);
    expect(downloads).toEqual([...downloads].sort((a, b) => b - a));
    expect(whole.more).toBe(false);

    // A host that pages by 2: the same rows, read over several requests.
    const paged = await startLoopbackHub({ root: FIXTURE_HUB_ROOT, port: 0, maxPageSize: 2 });
    try {
      const h = taskHarness(fakeRuntime({}), { fetch: (url, init) => fetch(url, init) });
      const end = await h.run(
        { kind: 'hub-search', query, count: 100 },
        { source: { kind: 'hub', location: paged.url } },
      );
      const byPages = result<HubSearchResult>(end);
      expect(byPages.rows).toEqual(whole.rows);
      expect(byPages.pages).toBe(5);
      expect(paged.requests.filter((r) => r.path === '/api/models')).toHaveLength(5);
    } finally {
      await paged.close();
    }
  });
});

describe('download plans read sizes from the tree API', () => {
  it('plans a dtype with one listing and no HEAD per file', async () => {
    hub.requests.length = 0;
    const planned = await planDownload((url, init) => fetch(url, init), hub.url, BART, true, 'q8');
    const byFile = Object.fromEntries(planned.map((p) => [p.file, p.bytes]));
    for (const file of [
      'onnx/encoder_model_quantized.onnx',
      'onnx/decoder_model_merged_quantized.onnx',
      'tokenizer.json',
    ]) {
      expect(byFile[file]).toBe(bytesOf(BART, file));
    }
    expect(hub.requests.filter((r) => r.method === 'HEAD')).toEqual([]);
    expect(hub.requests.some((r) => r.path.startsWith(`/api/models/${BART}/tree/`))).toBe(true);
  });
});

function metadataModel(id: string, downloads: number, baseModel?: string): CatalogModel {
  return {
    source: 'metadata',
    id,
    card: {
      license: 'mit',
      pipeline_tag: 'text-classification',
      ...(baseModel ? { base_model: baseModel } : {}),
    },
    pipeline_tag: 'text-classification',
    library_name: 'transformers.js',
    downloads,
    downloadsAllTime: downloads,
    likes: 0,
    trendingScore: 0,
    createdAt: '2024-01-01T00:00:00.000Z',
    lastModified: '2024-06-01T00:00:00.000Z',
    history: [{ title: 'initial commit' }],
    config: { model_type: 'bert' },
    files: [{ path: 'onnx/model.onnx', size: 100 }],
  };
}

describe('fine-tunes of a popular base', () => {
  it('shows the 20 most downloaded, asks for no more than 21, and says there are more', async () => {
    const tunes = Array.from({ length: 25 }, (_, i) => metadataModel(`tunes/t${i}`, 1000 - i, 'org/base'));
    const host = await startLoopbackHub({
      root: FIXTURE_HUB_ROOT,
      port: 0,
      catalog: [metadataModel('org/base', 5), ...tunes],
    });
    try {
      const urls: URL[] = [];
      const h = taskHarness(fakeRuntime({}), {
        fetch: (url, init) => {
          urls.push(new URL(url));
          return fetch(url, init);
        },
      });
      const end = await h.run(
        { kind: 'hub-model', model: 'org/base' },
        { source: { kind: 'hub', location: host.url } },
      );
      const { detail } = result<HubModelResult>(end);
      expect(detail.finetunes.rows.map((r) => r.id)).toEqual(tunes.slice(0, 20).map((t) => t.id));
      expect(detail.finetunes.more).toBe(true);
      const listings = urls.filter((u) => u.pathname === '/api/models');
      expect(listings.map((u) => [u.searchParams.getAll('filter'), u.searchParams.get('limit')])).toEqual([
        [['base_model:finetune:org/base'], '21'],
      ]);
    } finally {
      await host.close();
    }
  });
});
