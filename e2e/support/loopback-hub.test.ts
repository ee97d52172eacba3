import { request as httpRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLoopbackHub, type LoopbackHub } from './loopback-hub.ts';
import {
  CONFIG_TEXT,
  createHubTestRepo,
  EMPTY_ID,
  ONNX_BYTES,
  ONNX_FILE,
  SECRET,
  sha256,
  SOLO_ID,
  T5_ID,
  type HubTestRepo,
} from './loopback-hub-test-repo.ts';

let repo: HubTestRepo;
let hub: LoopbackHub;
const onnxPath = `/${T5_ID}/resolve/main/${ONNX_FILE}`;

beforeAll(async () => {
  repo = await createHubTestRepo();
});
afterAll(() => repo.remove());
beforeEach(async () => {
  hub = await startLoopbackHub({ root: repo.root, port: 0 });
});
afterEach(() => hub.close());

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

/** A request sent as written: unlike fetch, node:http does not resolve `..` segments. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${hub.url}${path}`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startLoopbackHub', () => {
  it('listens on a random loopback port and reports its url without a trailing slash', () => {
    expect(hub.port).toBeGreaterThan(0);
    expect(hub.url).toBe(`http://127.0.0.1:${hub.port}`);
  });

  it('refuses a root that is not a folder', async () => {
    await expect(startLoopbackHub({ root: `${repo.root}/nope` })).rejects.toThrow(/not a folder/);
  });

  it('prints nothing unless verbose', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await fetch(`${hub.url}${onnxPath}`).then(bytesOf);
      expect(log).not.toHaveBeenCalled();
      const verbose = await startLoopbackHub({ root: repo.root, verbose: true });
      await fetch(`${verbose.url}/${T5_ID}/resolve/main/missing.json`).then(bytesOf);
      await verbose.close();
      expect(log).toHaveBeenCalledWith(expect.stringContaining('/missing.json 404'));
    } finally {
      log.mockRestore();
    }
  });
});

describe('file downloads', () => {
  it('serves the file bytes with Hub-like headers', async () => {
    const response = await fetch(`${hub.url}${onnxPath}`);
    expect(response.status).toBe(200);
    expect(await bytesOf(response)).toEqual(ONNX_BYTES);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-length')).toBe(String(ONNX_BYTES.length));
    expect(response.headers.get('etag')).toBe(`"${sha256(ONNX_BYTES)}"`);
    expect(response.headers.get('x-repo-commit')).toMatch(/^[0-9a-f]{40}$/);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
  });

  it('serves JSON as application/json, for any revision and for models without an org', async () => {
    const withOrg = await fetch(`${hub.url}/${T5_ID}/resolve/some-branch/config.json`);
    expect(withOrg.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await withOrg.text()).toBe(CONFIG_TEXT);
    const solo = await fetch(`${hub.url}/${SOLO_ID}/resolve/main/config.json`);
    expect(solo.status).toBe(200);
    expect(await solo.json()).toEqual({ model_type: 'bert' });
  });

  it('answers the bytes=0-0 probe with 206, one byte and the total size', async () => {
    const response = await fetch(`${hub.url}${onnxPath}`, { headers: { Range: 'bytes=0-0' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 0-0/${ONNX_BYTES.length}`);
    expect(response.headers.get('content-length')).toBe('1');
    expect(await bytesOf(response)).toEqual(ONNX_BYTES.subarray(0, 1));
  });

  it('serves closed and open-ended ranges', async () => {
    const middle = await fetch(`${hub.url}${onnxPath}`, { headers: { Range: 'bytes=100-199' } });
    expect(middle.headers.get('content-range')).toBe(`bytes 100-199/${ONNX_BYTES.length}`);
    expect(await bytesOf(middle)).toEqual(ONNX_BYTES.subarray(100, 200));
    const tail = await fetch(`${hub.url}${onnxPath}`, { headers: { Range: 'bytes=2990-' } });
    expect(tail.status).toBe(206);
    expect(await bytesOf(tail)).toEqual(ONNX_BYTES.subarray(2990));
  });

  it('answers 416 to a range past the end, as for a zero-length file', async () => {
    const past = await fetch(`${hub.url}${onnxPath}`, { headers: { Range: 'bytes=5000-' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${ONNX_BYTES.length}`);
    const empty = await fetch(`${hub.url}/${EMPTY_ID}/resolve/main/empty.bin`, {
      headers: { Range: 'bytes=0-0' },
    });
    expect(empty.status).toBe(416);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await fetch(`${hub.url}${onnxPath}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(ONNX_BYTES.length));
    expect(response.headers.get('etag')).toBe(`"${sha256(ONNX_BYTES)}"`);
    expect(await response.text()).toBe('');
  });

  it('answers a missing file and a missing repo with the Hub 404s', async () => {
    const file = await fetch(`${hub.url}/${T5_ID}/resolve/main/tokenizer.json`);
    expect(file.status).toBe(404);
    expect(file.headers.get('x-error-code')).toBe('EntryNotFound');
    expect(await file.json()).toEqual({ error: 'Entry not found' });
    const repoMissing = await fetch(`${hub.url}/glasspipe-test/nope/resolve/main/config.json`);
    expect(repoMissing.status).toBe(404);
    expect(repoMissing.headers.get('x-error-code')).toBe('RepositoryNotFound');
    expect(await repoMissing.json()).toEqual({ error: 'Repository not found' });
  });

  it.each([
    `/${T5_ID}/resolve/main/../../../secret.txt`,
    `/${T5_ID}/resolve/main/..%2F..%2F..%2Fsecret.txt`,
    `/${T5_ID}/resolve/main/%2e%2e/%2e%2e/%2e%2e/secret.txt`,
    `/${T5_ID}/resolve/main/onnx%5C..%5C..%5C..%5C..%5Csecret.txt`,
  ])('refuses path traversal: %s', async (path) => {
    const { status, body } = await rawGet(path);
    expect(status).toBe(400);
    expect(body).not.toContain(SECRET);
  });
});

describe('CORS', () => {
  it('lets another origin read the file and its headers', async () => {
    const response = await fetch(`${hub.url}${onnxPath}`, { headers: { Origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = response.headers.get('access-control-expose-headers') ?? '';
    for (const name of ['Content-Length', 'Content-Range', 'ETag', 'X-Repo-Commit', 'Accept-Ranges']) {
      expect(exposed).toContain(name);
    }
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('answers the preflight of a Range request', async () => {
    const response = await fetch(`${hub.url}${onnxPath}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'range',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('range');
  });
});

describe('model API on the disk alone (catalog: [])', () => {
  let diskHub: LoopbackHub;
  beforeEach(async () => {
    diskHub = await startLoopbackHub({ root: repo.root, catalog: [] });
    return () => diskHub.close();
  });

  it('returns model info with siblings, the commit sha and the manifest task', async () => {
    const response = await fetch(`${diskHub.url}/api/models/${T5_ID}`);
    expect(response.status).toBe(200);
    const info: unknown = await response.json();
    const resolved = await fetch(`${diskHub.url}/${T5_ID}/resolve/main/config.json`);
    expect(info).toMatchObject({
      id: T5_ID,
      modelId: T5_ID,
      author: 'glasspipe-test',
      sha: resolved.headers.get('x-repo-commit'),
      private: false,
      gated: false,
      pipeline_tag: 'summarization',
      library_name: 'transformers.js',
      tags: ['transformers.js', 'onnx', 't5', 'summarization', 'region:us'],
      config: { model_type: 't5' },
      siblings: [{ rfilename: 'config.json' }, { rfilename: ONNX_FILE }],
    });
  });

  it('omits pipeline_tag for a model the manifest does not list; a missing repo is 401 RepoNotFound', async () => {
    const solo = await (await fetch(`${diskHub.url}/api/models/${SOLO_ID}`)).json();
    expect(solo).toMatchObject({ id: SOLO_ID, siblings: [{ rfilename: 'config.json' }] });
    expect(solo).not.toHaveProperty('pipeline_tag');
    // The real Hub answers 401 for a repo that does not exist (it will not say if a private one does).
    const missing = await fetch(`${diskHub.url}/api/models/glasspipe-test/nope`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('x-error-code')).toBe('RepoNotFound');
    expect(await missing.json()).toEqual({ error: 'Repository not found' });
  });

  it('searches model ids, case-insensitively', async () => {
    const ids = async (query: string) =>
      ((await (await fetch(`${diskHub.url}/api/models${query}`)).json()) as Array<{ id: string }>).map(
        (model) => model.id,
      );
    expect(await ids('?search=T5')).toEqual([T5_ID]);
    // All at trending score 0: ties go by id.
    expect(await ids('')).toEqual([EMPTY_ID, T5_ID, SOLO_ID]);
  });

  it('serves a metadata-only catalog repo only when the catalog has it', async () => {
    const withCatalog = await fetch(`${hub.url}/api/models/Xenova/t5-small`);
    expect(withCatalog.status).toBe(200);
    expect((await fetch(`${diskHub.url}/api/models/Xenova/t5-small`)).status).toBe(401);
  });
});

describe('page size control', () => {
  it('caps list pages at runtime over HTTP and restores the start-up cap with null', async () => {
    const diskHub = await startLoopbackHub({ root: repo.root, catalog: [], maxPageSize: 5 });
    try {
      const control = (body: unknown) =>
        fetch(`${diskHub.url}/__hub/page-size`, { method: 'POST', body: JSON.stringify(body) });
      expect(await (await fetch(`${diskHub.url}/__hub/page-size`)).json()).toEqual({ value: 5, default: 5 });
      expect(await (await control({ value: 2 })).json()).toEqual({ value: 2, default: 5 });
      const first = await fetch(`${diskHub.url}/api/models`);
      expect(await first.json()).toHaveLength(2);
      expect(first.headers.get('link')).toMatch(
        /^<http:\/\/127\.0\.0\.1:\d+\/api\/models\?cursor=[^>]+>; rel="next"$/,
      );
      expect(first.headers.get('access-control-expose-headers')).toContain('Link');
      expect((await control({ value: 0 })).status).toBe(400);
      expect((await control({ value: 'x' })).status).toBe(400);
      expect(await (await control({ value: null })).json()).toEqual({ value: 5, default: 5 });
      const whole = await fetch(`${diskHub.url}/api/models`);
      expect(await whole.json()).toHaveLength(3);
      expect(whole.headers.get('link')).toBeNull();
      diskHub.setMaxPageSize(1);
      expect(await (await fetch(`${diskHub.url}/api/models`)).json()).toHaveLength(1);
      expect(() => diskHub.setMaxPageSize(-1)).toThrow(RangeError);
      expect(diskHub.requests.every((r) => !r.path.startsWith('/__hub'))).toBe(true);
    } finally {
      await diskHub.close();
    }
  });

  it('refuses a maxPageSize that is not a positive integer', async () => {
    await expect(startLoopbackHub({ root: repo.root, maxPageSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('metadata-only repos on the resolve route', () => {
  it('serve a synthesized config.json, with ranges and the repo commit', async () => {
    const config = await fetch(`${hub.url}/Xenova/t5-small/resolve/main/config.json`);
    expect(config.status).toBe(200);
    expect(await config.json()).toEqual({ architectures: ['T5ForConditionalGeneration'], model_type: 't5' });
    const info = (await (await fetch(`${hub.url}/api/models/Xenova/t5-small?expand=sha`)).json()) as {
      sha: string;
    };
    expect(config.headers.get('x-repo-commit')).toBe(info.sha);
    const probe = await fetch(`${hub.url}/Xenova/t5-small/resolve/main/config.json`, {
      headers: { Range: 'bytes=0-0' },
    });
    expect(probe.status).toBe(206);
    expect(probe.headers.get('content-range')).toMatch(/^bytes 0-0\/\d+$/);
    expect(await probe.text()).toBe('{');
  });

  it('answer 404 EntryNotFound for a declared file without bytes, saying so, and for an undeclared one', async () => {
    const onnx = await fetch(`${hub.url}/Xenova/t5-small/resolve/main/onnx/encoder_model_quantized.onnx`);
    expect(onnx.status).toBe(404);
    expect(onnx.headers.get('x-error-code')).toBe('EntryNotFound');
    expect(((await onnx.json()) as { error: string }).error).toMatch(/metadata only for Xenova\/t5-small/);
    const undeclared = await fetch(`${hub.url}/Xenova/t5-small/resolve/main/nope.json`);
    expect(undeclared.status).toBe(404);
    expect(await undeclared.json()).toEqual({ error: 'Entry not found' });
  });
});

describe('request log', () => {
  it('records every request in order, with range and status', async () => {
    await fetch(`${hub.url}${onnxPath}`, { headers: { Range: 'bytes=0-0' } }).then(bytesOf);
    await fetch(`${hub.url}${onnxPath}`).then(bytesOf);
    await fetch(`${hub.url}/${T5_ID}/resolve/main/missing.bin`).then(bytesOf);
    await fetch(`${hub.url}${onnxPath}`, { method: 'OPTIONS' }).then(bytesOf);
    expect(hub.requests).toEqual([
      { method: 'GET', path: onnxPath, range: 'bytes=0-0', status: 206 },
      { method: 'GET', path: onnxPath, status: 200 },
      { method: 'GET', path: `/${T5_ID}/resolve/main/missing.bin`, status: 404 },
      { method: 'OPTIONS', path: onnxPath, status: 204 },
    ]);
  });

  it('is readable and clearable over HTTP, and leaves control requests out', async () => {
    await fetch(`${hub.url}${onnxPath}`).then(bytesOf);
    const log = await (await fetch(`${hub.url}/__hub/requests`)).json();
    expect(log).toEqual([{ method: 'GET', path: onnxPath, status: 200 }]);
    const cleared = await fetch(`${hub.url}/__hub/requests/clear`, { method: 'POST' });
    expect(cleared.status).toBe(200);
    expect(hub.requests).toEqual([]);
    expect(await (await fetch(`${hub.url}/__hub/requests`)).json()).toEqual([]);
  });
});
