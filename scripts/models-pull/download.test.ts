/**
 * downloadFile against small hand-made servers, for the answers the loopback hub never gives:
 * a server that ignores Range (200 → restart) and HTML labelled as a binary file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServers } from './test-server.ts';
import { downloadFile } from './download.ts';
import type { RemoteFile } from './hub-client.ts';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

const serve = createTestServers(closers);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glasspipe-download-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const BODY = Buffer.from('0123456789'.repeat(100));

describe('downloadFile', () => {
  it('restarts from zero when the server answers a Range request with 200', async () => {
    const ranges: Array<string | undefined> = [];
    const hub = await serve((req, res) => {
      ranges.push(req.headers.range);
      res.writeHead(200, { 'Content-Length': BODY.length }).end(BODY);
    });
    const dir = tempDir();
    const dest = join(dir, 'model.onnx');
    writeFileSync(`${dest}.part`, Buffer.from('garbage'));
    const remote: RemoteFile = { path: 'model.onnx', url: `${hub}/model.onnx`, size: BODY.length };
    const target = { hub, modelId: 'a/b', revision: 'main' };
    const result = await downloadFile(target, remote, dest, { onProgress: () => {} });
    expect(ranges).toEqual(['bytes=7-']);
    expect(result.status).toBe('downloaded');
    expect(readFileSync(dest).equals(BODY)).toBe(true);
  });

  it('refuses an HTML page served as application/octet-stream', async () => {
    const page = Buffer.from('<!DOCTYPE html><html><body>Sign in to continue</body></html>');
    const hub = await serve((_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': page.length })
        .end(page),
    );
    const dir = tempDir();
    const remote: RemoteFile = { path: 'model.onnx', url: `${hub}/model.onnx`, size: page.length };
    const target = { hub, modelId: 'a/b', revision: 'main' };
    await expect(
      downloadFile(target, remote, join(dir, 'model.onnx'), { onProgress: () => {} }),
    ).rejects.toThrow(/HTML page instead of the file/);
    expect(existsSync(join(dir, 'model.onnx.part'))).toBe(false);
  });

  it('deletes a download whose sha256 does not match', async () => {
    const hub = await serve((_req, res) => res.writeHead(200, { 'Content-Length': BODY.length }).end(BODY));
    const dir = tempDir();
    const remote: RemoteFile = {
      path: 'm.onnx',
      url: `${hub}/m.onnx`,
      size: BODY.length,
      sha256: '0'.repeat(64),
    };
    const target = { hub, modelId: 'a/b', revision: 'main' };
    await expect(downloadFile(target, remote, join(dir, 'm.onnx'), { onProgress: () => {} })).rejects.toThrow(
      /does not match its sha256/,
    );
    expect(existsSync(join(dir, 'm.onnx.part'))).toBe(false);
    expect(existsSync(join(dir, 'm.onnx'))).toBe(false);
  });
});
