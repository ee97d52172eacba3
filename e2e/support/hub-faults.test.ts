import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackHub, type LoopbackHub, type LoopbackHubOptions } from './loopback-hub.ts';
import {
  CONFIG_TEXT,
  createHubTestRepo,
  ONNX_BYTES,
  ONNX_FILE,
  T5_ID,
  type HubTestRepo,
} from './loopback-hub-test-repo.ts';

let repo: HubTestRepo;
let hub: LoopbackHub | undefined;
const onnxPath = `/${T5_ID}/resolve/main/${ONNX_FILE}`;
const configPath = `/${T5_ID}/resolve/main/config.json`;

beforeAll(async () => {
  repo = await createHubTestRepo();
});
afterAll(() => repo.remove());
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function start(options: Omit<LoopbackHubOptions, 'root'> = {}): Promise<LoopbackHub> {
  hub = await startLoopbackHub({ root: repo.root, ...options });
  return hub;
}

function get(h: LoopbackHub, path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${h.url}${path}`, init);
}

const probe: RequestInit = { headers: { Range: 'bytes=0-0' } };

/** Reads the whole body; resolves with the bytes, or with the error if the stream broke. */
async function readBody(response: Response): Promise<Buffer | Error> {
  try {
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

async function waitFor(condition: () => boolean, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('fault modes', () => {
  it('not-found answers 404 EntryNotFound for a file that exists, on the probe too', async () => {
    const h = await start({ faults: [{ match: ONNX_FILE, fault: 'not-found' }] });
    for (const init of [probe, {}]) {
      const response = await get(h, onnxPath, init);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-error-code')).toBe('EntryNotFound');
      expect(await response.json()).toEqual({ error: 'Entry not found' });
    }
    expect(h.requests.map((r) => [r.status, r.fault])).toEqual([
      [404, 'not-found'],
      [404, 'not-found'],
    ]);
  });

  it('server-error answers 500, on the probe too', async () => {
    const h = await start({ faults: [{ match: ONNX_FILE, fault: 'server-error' }] });
    expect((await get(h, onnxPath, probe)).status).toBe(500);
    expect((await get(h, onnxPath)).status).toBe(500);
  });

  it('html answers 200 text/html instead of the file, ignoring the probe range', async () => {
    const h = await start({ faults: [{ match: ONNX_FILE, fault: 'html' }] });
    for (const init of [probe, {}]) {
      const response = await get(h, onnxPath, init);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toMatch(/^<!doctype html>/);
    }
  });

  it('truncate promises the full length, sends half and drops the connection; probes pass', async () => {
    const h = await start({ faults: [{ match: ONNX_FILE, fault: 'truncate' }] });
    const probed = await get(h, onnxPath, probe);
    expect(probed.status).toBe(206);
    expect(await readBody(probed)).toEqual(ONNX_BYTES.subarray(0, 1));

    const response = await get(h, onnxPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(ONNX_BYTES.length));
    const body = await readBody(response);
    const bytesReceived = body instanceof Error ? 'read failed' : body.length;
    expect(bytesReceived === 'read failed' || bytesReceived < ONNX_BYTES.length).toBe(true);
    expect(h.requests.map((r) => r.fault)).toEqual([undefined, 'truncate']);
  });

  it('slow drips the body at the configured rate', async () => {
    // 3000 bytes at 6000 B/s: at least 500 ms.
    const h = await start({ slowBytesPerSecond: 6000, faults: [{ match: ONNX_FILE, fault: 'slow' }] });
    const startedAt = performance.now();
    const body = await readBody(await get(h, onnxPath));
    const elapsed = performance.now() - startedAt;
    expect(body).toEqual(ONNX_BYTES);
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(h.requests[0]).toMatchObject({ status: 200, fault: 'slow' });
    expect(h.requests[0]?.aborted).toBeUndefined();
  });

  it('slow stops when the client aborts the download', async () => {
    const h = await start({ slowBytesPerSecond: 1000, faults: [{ match: ONNX_FILE, fault: 'slow' }] });
    const controller = new AbortController();
    const response = await get(h, onnxPath, { signal: controller.signal });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.value?.length).toBeGreaterThan(0);
    controller.abort();
    await waitFor(() => h.requests[0]?.aborted === true);
    expect((await get(h, configPath)).status).toBe(200);
  });

  it('reset drops the connection before any response, on the probe too', async () => {
    const h = await start({ faults: [{ match: ONNX_FILE, fault: 'reset' }] });
    await expect(get(h, onnxPath, probe)).rejects.toThrow();
    await expect(get(h, onnxPath)).rejects.toThrow();
    expect(h.requests.map((r) => [r.status, r.fault])).toEqual([
      [0, 'reset'],
      [0, 'reset'],
    ]);
  });
});

describe('fault rules', () => {
  it('fire only on matching paths, by substring or RegExp', async () => {
    const h = await start();
    h.setFault(/\.onnx$/, 'server-error');
    expect((await get(h, onnxPath)).status).toBe(500);
    expect(await (await get(h, configPath)).text()).toBe(CONFIG_TEXT);
    h.setFault('config', 'not-found');
    expect((await get(h, configPath)).status).toBe(404);
  });

  it('with times: 1 fire once, then the file is served', async () => {
    const h = await start({ faults: [{ match: ONNX_FILE, fault: 'server-error', times: 1 }] });
    expect((await get(h, onnxPath)).status).toBe(500);
    const second = await get(h, onnxPath);
    expect(second.status).toBe(200);
    expect(await readBody(second)).toEqual(ONNX_BYTES);
  });

  it('count only requests they fire on: a truncate rule is not used up by the probe', async () => {
    const h = await start();
    h.setFault(ONNX_FILE, 'truncate', { times: 1 });
    expect((await get(h, onnxPath, probe)).status).toBe(206);
    expect(await readBody(await get(h, onnxPath))).not.toEqual(ONNX_BYTES);
    expect(await readBody(await get(h, onnxPath))).toEqual(ONNX_BYTES);
  });

  it('are replaced per match, the latest wins, and null or clearFaults removes them', async () => {
    const h = await start();
    h.setFault('onnx', 'not-found');
    h.setFault('onnx', 'server-error');
    expect((await get(h, onnxPath)).status).toBe(500);
    h.setFault('encoder', 'not-found');
    expect((await get(h, onnxPath)).status).toBe(404);
    h.setFault('encoder', null);
    expect((await get(h, onnxPath)).status).toBe(500);
    h.clearFaults();
    expect((await get(h, onnxPath)).status).toBe(200);
  });

  it('reject a times that is not a positive integer', async () => {
    const h = await start();
    expect(() => h.setFault('x', 'reset', { times: 0 })).toThrow(RangeError);
  });

  it('also apply to the model API: not-found plays the missing repo (401), server-error 500, reset drops', async () => {
    const h = await start({ faults: [{ match: `/api/models/${T5_ID}`, fault: 'not-found' }] });
    const response = await get(h, `/api/models/${T5_ID}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-error-code')).toBe('RepoNotFound');
    h.setFault(/^\/api\/models$/, 'server-error');
    expect((await get(h, '/api/models?search=t5')).status).toBe(500);
    h.setFault(/^\/api\/models$/, 'reset');
    await expect(get(h, '/api/models')).rejects.toThrow();
    h.setFault(`/api/models/${T5_ID}/tree`, 'html');
    const tree = await get(h, `/api/models/${T5_ID}/tree/main`);
    expect(tree.headers.get('content-type')).toMatch(/^text\/html/);
    h.clearFaults();
    expect((await get(h, '/api/models')).status).toBe(200);
  });
});

describe('runtime control over HTTP', () => {
  function post(h: LoopbackHub, body: unknown): Promise<Response> {
    return get(h, '/__hub/faults', { method: 'POST', body: JSON.stringify(body) });
  }

  it('sets, lists and clears faults', async () => {
    const h = await start();
    const set = await post(h, { match: { regex: '\\.onnx$' }, fault: 'server-error', times: 2 });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual([
      { match: { regex: '\\.onnx$', flags: '' }, fault: 'server-error', remaining: 2 },
    ]);
    expect((await get(h, onnxPath)).status).toBe(500);
    expect(await (await get(h, '/__hub/faults')).json()).toEqual([
      { match: { regex: '\\.onnx$', flags: '' }, fault: 'server-error', remaining: 1 },
    ]);
    expect((await get(h, configPath)).status).toBe(200);

    await post(h, { match: 'config.json', fault: 'html' });
    expect((await get(h, configPath)).headers.get('content-type')).toMatch(/^text\/html/);
    const cleared = await get(h, '/__hub/faults', { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect((await get(h, onnxPath)).status).toBe(200);
    expect((await get(h, configPath)).headers.get('content-type')).toMatch(/^application\/json/);
    expect(h.requests.every((r) => !r.path.startsWith('/__hub'))).toBe(true);
  });

  it('removes one rule with fault null', async () => {
    const h = await start({ faults: [{ match: 'onnx', fault: 'not-found' }] });
    await post(h, { match: 'onnx', fault: null });
    expect((await get(h, onnxPath)).status).toBe(200);
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown fault', JSON.stringify({ match: 'x', fault: 'explode' })],
    ['a missing match', JSON.stringify({ fault: 'reset' })],
    ['a bad regex', JSON.stringify({ match: { regex: '(' }, fault: 'reset' })],
    ['a bad times', JSON.stringify({ match: 'x', fault: 'reset', times: -1 })],
  ])('answers 400 to %s', async (_name, body) => {
    const h = await start();
    const response = await get(h, '/__hub/faults', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(await (await get(h, '/__hub/faults')).json()).toEqual([]);
  });
});
