/**
 * The loopback hub's models API driven by the official client, @huggingface/hub, on the
 * fixtures root (`npm run fixtures`). Sizes and hashes are checked against the files on disk,
 * computed here with fs and crypto; counts and orders against the catalog's figures.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HubApiError, listCommits, listFiles, listModels, modelInfo } from '@huggingface/hub';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLoopbackHub, type LoopbackHub } from './loopback-hub.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/hub', import.meta.url));
const T5 = 'glasspipe-test/tiny-t5';
const BART = 'glasspipe-test/tiny-bart';

/** The fixture repos by the catalog's 30-day downloads, most first. */
const FIXTURES_BY_DOWNLOADS = [
  'tiny-gpt',
  'tiny-sentiment',
  'tiny-t5',
  'tiny-nli',
  'tiny-bart',
  'tiny-gpt-instruct',
  'tiny-toxic',
  'tiny-marian-en-es',
  'tiny-nllb',
].map((name) => `glasspipe-test/${name}`);

let hub: LoopbackHub;
beforeAll(async () => {
  hub = await startLoopbackHub({ root: ROOT });
});
afterAll(() => hub.close());
beforeEach(() => {
  hub.requests.length = 0;
  hub.setMaxPageSize(null);
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const hex = (algorithm: 'sha1' | 'sha256', ...parts: Array<string | Buffer>) => {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

async function json(path: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${hub.url}${path}`);
  return { status: response.status, body: await response.json(), headers: response.headers };
}

function ids(body: unknown): string[] {
  if (!Array.isArray(body)) throw new Error('expected a list');
  return body.map((item: { id: string }) => item.id);
}

describe('listModels', () => {
  it('searches, sorts by downloads (descending, as the Hub does without direction)', async () => {
    const models = await collect(
      listModels({ hubUrl: hub.url, search: { query: 'glasspipe-test/' }, sort: 'downloads' }),
    );
    expect(models.map((m) => m.name)).toEqual(FIXTURES_BY_DOWNLOADS);
    expect(models.every((m) => /^[0-9a-f]{24}$/.test(m.id))).toBe(true);
    expect(models.find((m) => m.name === T5)).toMatchObject({
      task: 'summarization',
      private: false,
      gated: false,
    });
  });

  it('filters by task and by tags, all of which must match', async () => {
    const summarizers = await collect(
      listModels({ hubUrl: hub.url, search: { query: 'glasspipe', task: 'summarization' }, sort: 'likes' }),
    );
    expect(summarizers.map((m) => m.name)).toEqual([T5, BART]);
    const nonCommercial = await collect(
      listModels({
        hubUrl: hub.url,
        search: { tags: ['transformers.js', 'license:cc-by-nc-4.0'] },
        sort: 'downloads',
      }),
    );
    expect(nonCommercial.map((m) => m.name)).toEqual([
      'Xenova/nllb-200-distilled-600M',
      'glasspipe-test/tiny-nllb',
    ]);
    const bertFinetunes = await collect(
      listModels({
        hubUrl: hub.url,
        search: { tags: ['base_model:finetune:google-bert/bert-base-uncased'] },
        sort: 'downloads',
      }),
    );
    expect(bertFinetunes.map((m) => m.name)).toEqual([
      'glasspipe-test/tiny-sentiment',
      'glasspipe-test/tiny-nli',
      'glasspipe-test/tiny-toxic',
    ]);
  });

  it('follows Link pages under a small page cap: every model once, in the same order', async () => {
    const whole = await collect(listModels({ hubUrl: hub.url, sort: 'downloads' }));
    expect(whole.length).toBeGreaterThanOrEqual(30);
    expect(hub.requests.filter((r) => r.path === '/api/models')).toHaveLength(1);
    hub.requests.length = 0;
    hub.setMaxPageSize(4);
    const paged = await collect(listModels({ hubUrl: hub.url, sort: 'downloads' }));
    expect(paged.map((m) => m.name)).toEqual(whole.map((m) => m.name));
    expect(new Set(paged.map((m) => m.name)).size).toBe(paged.length);
    expect(hub.requests.filter((r) => r.path === '/api/models')).toHaveLength(Math.ceil(whole.length / 4));
  });

  it('returns additionalFields', async () => {
    const [bart] = await collect(
      listModels({
        hubUrl: hub.url,
        search: { query: BART },
        additionalFields: ['tags', 'author', 'cardData'],
      }),
    );
    expect(bart?.author).toBe('glasspipe-test');
    expect(bart?.cardData).toMatchObject({
      license: 'apache-2.0',
      base_model: 'sshleifer/distilbart-cnn-6-6',
    });
    expect(bart?.tags).toEqual(
      expect.arrayContaining([
        'transformers.js',
        'onnx',
        'summarization',
        'en',
        'license:apache-2.0',
        'base_model:sshleifer/distilbart-cnn-6-6',
        'base_model:finetune:sshleifer/distilbart-cnn-6-6',
        'region:us',
      ]),
    );
  });
});

describe('modelInfo', () => {
  it('reads HEAD by default, at the commit the files resolve to', async () => {
    const info = await modelInfo({ hubUrl: hub.url, name: T5, additionalFields: ['sha', 'library_name'] });
    const head = await fetch(`${hub.url}/${T5}/resolve/main/config.json`, { method: 'HEAD' });
    expect(info.sha).toBe(head.headers.get('x-repo-commit'));
    expect(info).toMatchObject({ name: T5, task: 'summarization', library_name: 'transformers.js' });
    expect(hub.requests[0]?.path).toBe(`/api/models/${T5}/revision/HEAD`);
  });

  it('reads a pinned older commit', async () => {
    const commits = await collect(listCommits({ hubUrl: hub.url, repo: T5 }));
    const older = commits[1];
    if (!older) throw new Error('expected at least two commits');
    const info = await modelInfo({
      hubUrl: hub.url,
      name: T5,
      revision: older.oid,
      additionalFields: ['sha'],
    });
    expect(info.sha).toBe(older.oid);
    expect(info.updatedAt).toEqual(older.date);
  });

  it('throws HubApiError 401 for a repo that does not exist, 404 for an unknown revision', async () => {
    const missing = await modelInfo({ hubUrl: hub.url, name: 'glasspipe-test/no-such-model' }).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(HubApiError);
    expect(missing).toMatchObject({ statusCode: 401 });
    const badRevision = await modelInfo({ hubUrl: hub.url, name: T5, revision: 'no-such-branch' }).catch(
      (e: unknown) => e,
    );
    expect(badRevision).toMatchObject({ statusCode: 404 });
  });
});

describe('listFiles', () => {
  it('lists onnx/ recursively with the sizes and sha256 of the files on disk', async () => {
    const files = await collect(listFiles({ hubUrl: hub.url, repo: T5, path: 'onnx', recursive: true }));
    const dir = join(ROOT, T5, 'onnx');
    const onDisk = readdirSync(dir).sort();
    expect(files.map((f) => f.path).sort()).toEqual(onDisk.map((name) => `onnx/${name}`));
    for (const file of files) {
      const bytes = readFileSync(join(ROOT, T5, file.path));
      const sha256 = hex('sha256', bytes);
      const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256}\nsize ${bytes.length}\n`;
      expect(file, file.path).toEqual({
        type: 'file',
        path: file.path,
        size: statSync(join(ROOT, T5, file.path)).size,
        // An LFS file's git blob is its pointer.
        oid: hex('sha1', `blob ${pointer.length}\0`, pointer),
        lfs: { oid: sha256, size: bytes.length, pointerSize: pointer.length },
      });
    }
  });

  it('lists one level with folders, plain files with their git blob id', async () => {
    const top = await collect(listFiles({ hubUrl: hub.url, repo: T5 }));
    expect(top.find((f) => f.path === 'onnx')).toMatchObject({
      type: 'directory',
      oid: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const config = readFileSync(join(ROOT, T5, 'config.json'));
    expect(top.find((f) => f.path === 'config.json')).toEqual({
      type: 'file',
      path: 'config.json',
      size: config.length,
      oid: hex('sha1', `blob ${config.length}\0`, config),
    });
  });

  it('pages the tree by Link, and lists a metadata-only repo with external-data files', async () => {
    hub.setMaxPageSize(3);
    const paged = await collect(listFiles({ hubUrl: hub.url, repo: T5, recursive: true }));
    expect(paged.filter((f) => f.type === 'file')).toHaveLength(
      readdirSync(join(ROOT, T5), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
    );
    expect(
      hub.requests.filter((r) => r.path.startsWith(`/api/models/${T5}/tree/main`)).length,
    ).toBeGreaterThan(1);
    hub.setMaxPageSize(null);
    const llama = await collect(
      listFiles({
        hubUrl: hub.url,
        repo: 'onnx-community/Llama-3.2-1B-Instruct',
        path: 'onnx',
        recursive: true,
      }),
    );
    expect(llama.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'onnx/model.onnx',
        'onnx/model.onnx_data',
        'onnx/model.onnx_data_1',
        'onnx/model_q4f16.onnx',
      ]),
    );
    expect(llama.every((f) => f.lfs?.size === f.size)).toBe(true);
  });

  it('answers a missing folder with 404 and a missing repo with 401', async () => {
    await expect(collect(listFiles({ hubUrl: hub.url, repo: T5, path: 'nope' }))).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(collect(listFiles({ hubUrl: hub.url, repo: 'glasspipe-test/nope' }))).rejects.toMatchObject({
      statusCode: 401,
    });
  });
});

describe('listCommits', () => {
  it('lists the history newest first, starting at the sha model info reports, across Link pages', async () => {
    const info = await modelInfo({ hubUrl: hub.url, name: BART, additionalFields: ['sha'] });
    const commits = await collect(listCommits({ hubUrl: hub.url, repo: BART, batchSize: 1 }));
    expect(commits.length).toBeGreaterThanOrEqual(3);
    expect(commits[0]?.oid).toBe(info.sha);
    const dates = commits.map((c) => c.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(
      commits.every((c) => /^[0-9a-f]{40}$/.test(c.oid) && c.title !== '' && c.authors.length === 1),
    ).toBe(true);
    expect(hub.requests.filter((r) => r.path === `/api/models/${BART}/commits/main`)).toHaveLength(
      commits.length,
    );
  });
});

describe('what the client does not send', () => {
  it('reads expand[] as expand: only _id, id and the properties come back', async () => {
    const { body } = await json(`/api/models?search=${BART}&expand[]=downloads&expand[]=sha`);
    expect(body).toEqual([
      { _id: expect.stringMatching(/^[0-9a-f]{24}$/), id: BART, downloads: 287, sha: expect.any(String) },
    ]);
    const info = await json(`/api/models/${BART}?expand[]=likes`);
    expect(Object.keys(info.body as object).sort()).toEqual(['_id', 'id', 'likes']);
  });

  it('sorts ascending for direction=1', async () => {
    const { body } = await json('/api/models?search=glasspipe-test/&sort=downloads&direction=1');
    expect(ids(body)).toEqual([...FIXTURES_BY_DOWNLOADS].reverse());
  });

  it('sends the default list item shape without expand', async () => {
    const { body } = await json(`/api/models?search=${T5}`);
    expect(Object.keys((body as object[])[0] ?? {}).sort()).toEqual(
      [
        '_id',
        'createdAt',
        'downloads',
        'id',
        'library_name',
        'likes',
        'modelId',
        'pipeline_tag',
        'private',
        'tags',
        'trendingScore',
      ].sort(),
    );
  });

  it('refuses expand with full, and expand with blobs, with 400', async () => {
    const full = await json('/api/models?expand=likes&full=true');
    expect(full.status).toBe(400);
    expect(full.body).toEqual({ error: expect.any(String) });
    expect((await json(`/api/models/${T5}?expand=likes&blobs=true`)).status).toBe(400);
    expect((await json('/api/models?sort=nonsense')).status).toBe(400);
  });

  it('adds size, blobId and lfs to siblings with blobs=true', async () => {
    const { body } = await json(`/api/models/${T5}?blobs=true`);
    const siblings = (body as { siblings: Array<Record<string, unknown>> }).siblings;
    const onnxPath = 'onnx/encoder_model_quantized.onnx';
    const bytes = readFileSync(join(ROOT, T5, onnxPath));
    const sha256 = hex('sha256', bytes);
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256}\nsize ${bytes.length}\n`;
    expect(siblings.find((s) => s.rfilename === onnxPath)).toEqual({
      rfilename: onnxPath,
      size: bytes.length,
      blobId: hex('sha1', `blob ${pointer.length}\0`, pointer),
      lfs: { size: bytes.length, sha256, pointerSize: pointer.length },
    });
    const config = readFileSync(join(ROOT, T5, 'config.json'));
    expect(siblings.find((s) => s.rfilename === 'config.json')).toEqual({
      rfilename: 'config.json',
      size: config.length,
      blobId: hex('sha1', `blob ${config.length}\0`, config),
    });
  });

  it('resolves an encoded PR revision, and reports base models and children', async () => {
    const main = await json('/api/models/Xenova/t5-small?expand=sha');
    const pr = await json('/api/models/Xenova/t5-small/revision/refs%2Fpr%2F1?expand=sha');
    expect(pr.status).toBe(200);
    expect((pr.body as { sha: string }).sha).not.toBe((main.body as { sha: string }).sha);
    const dolly = await json('/api/models/databricks/dolly-v2-3b?expand=baseModels&expand=cardData');
    expect(dolly.body).toMatchObject({
      baseModels: { relation: 'finetune', models: [{ id: 'EleutherAI/pythia-2.8b' }] },
      cardData: { license: 'mit' },
    });
    const bert = await json('/api/models/google-bert/bert-base-uncased?expand=childrenModelCount');
    expect((bert.body as { childrenModelCount: number }).childrenModelCount).toBe(3);
    const llama = await json('/api/models/meta-llama/Llama-3.2-1B');
    expect(llama.body).toMatchObject({
      gated: 'manual',
      cardData: { license: 'llama3.2' },
      library_name: 'transformers',
    });
  });

  it('answers 500 on the list when a server-error fault matches /api/models', async () => {
    hub.setFault(/^\/api\/models$/, 'server-error', { times: 1 });
    await expect(collect(listModels({ hubUrl: hub.url }))).rejects.toMatchObject({ statusCode: 500 });
    expect((await json('/api/models?limit=1')).status).toBe(200);
  });
});
