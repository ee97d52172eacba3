/**
 * The Hub's redirect to its CDN, played by two servers (two origins): HEAD reads size, hash and
 * commit off the redirect without touching the CDN, and the token never leaves the Hub's origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServers } from './test-server.ts';
import { headFile, hubRequest } from './hub-client.ts';

const SHA = 'a'.repeat(64);
const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

const serve = createTestServers(closers);

async function hubWithCdn() {
  const seen: Array<{ at: 'hub' | 'cdn'; method?: string; auth?: string }> = [];
  const cdn = await serve((req, res) => {
    seen.push({ at: 'cdn', method: req.method, auth: req.headers.authorization });
    // A presigned URL is signed for GET only.
    if (req.method === 'HEAD') res.writeHead(403).end();
    else res.writeHead(200, { 'Content-Length': 3 }).end('abc');
  });
  const hub = await serve((req, res) => {
    seen.push({ at: 'hub', method: req.method, auth: req.headers.authorization });
    res
      .writeHead(302, {
        Location: `${cdn}/signed?x=1`,
        'X-Linked-Size': '3',
        'X-Linked-Etag': `"${SHA}"`,
        'X-Repo-Commit': 'c0ffee',
      })
      .end();
  });
  return { hub, seen, target: { hub, modelId: 'org/m', revision: 'main', token: 'hf_secret' } };
}

describe('the Hub redirect to its CDN', () => {
  it('HEAD takes size, sha256 and commit from the redirect and stops there', async () => {
    const { seen, target } = await hubWithCdn();
    const remote = await headFile(target, 'onnx/model.onnx');
    expect(remote).toMatchObject({ path: 'onnx/model.onnx', size: 3, sha256: SHA, commit: 'c0ffee' });
    expect(seen).toEqual([{ at: 'hub', method: 'HEAD', auth: 'Bearer hf_secret' }]);
  });

  it('GET follows it, and sends the token to the Hub only', async () => {
    const { hub, seen, target } = await hubWithCdn();
    const { response, commit } = await hubRequest(target, `${hub}/org/m/resolve/main/x`, { method: 'GET' });
    expect(await response.text()).toBe('abc');
    expect(commit).toBe('c0ffee');
    expect(seen).toEqual([
      { at: 'hub', method: 'GET', auth: 'Bearer hf_secret' },
      { at: 'cdn', method: 'GET', auth: undefined },
    ]);
  });
});
