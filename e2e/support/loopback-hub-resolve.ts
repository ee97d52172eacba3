/**
 * `GET|HEAD /{org}/{name}/resolve/{revision}/{file}`: the download path transformers.js uses
 * with `env.remotePathTemplate = '{model}/resolve/{revision}/'`. Every revision serves the
 * files on disk. A missing repo answers 404 RepositoryNotFound; the real Hub now answers 401
 * for that (it does not reveal whether a private repo exists), which transformers.js also
 * reports as an error, but 404 keeps the two "missing" cases easy to tell apart in tests.
 */
import { createReadStream } from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import type { HubFaultTable, HubRequestKind } from './hub-faults.ts';
import { sendBody, type BodyMode } from './loopback-hub-body.ts';
import { replacesResponse, sendFaultResponse } from './loopback-hub-faulted.ts';
import { sendHubError, writeHead, type HubExchange } from './loopback-hub-http.ts';
import { parseRange } from './loopback-hub-range.ts';
import {
  contentTypeFor,
  fileSha256,
  pathInside,
  repoCommit,
  repoDir,
  statOrUndefined,
} from './loopback-hub-repo.ts';
import type { HubRoute } from './loopback-hub-routes.ts';

export interface ResolveContext {
  root: string;
  faults: HubFaultTable;
  slowBytesPerSecond: number;
}

export function requestKind(ex: HubExchange): HubRequestKind {
  return ex.req.method === 'HEAD' || ex.req.headers.range !== undefined ? 'probe' : 'full';
}

export async function serveResolve(
  ex: HubExchange,
  route: Extract<HubRoute, { type: 'resolve' }>,
  ctx: ResolveContext,
): Promise<void> {
  const rule = ctx.faults.find(ex.entry.path, requestKind(ex));
  if (rule && replacesResponse(rule.fault)) {
    ctx.faults.use(rule);
    ex.entry.fault = rule.fault;
    sendFaultResponse(ex, rule.fault, 'EntryNotFound');
    return;
  }

  const dir = await repoDir(ctx.root, route.repoId);
  if (!dir) return sendHubError(ex, 404, 'RepositoryNotFound', 'Repository not found');
  const file = pathInside(dir, route.file);
  const stats = file ? await statOrUndefined(file) : undefined;
  if (!file || !stats?.isFile()) return sendHubError(ex, 404, 'EntryNotFound', 'Entry not found');

  const size = stats.size;
  const headers: OutgoingHttpHeaders = {
    'Content-Type': contentTypeFor(file),
    'Accept-Ranges': 'bytes',
    ETag: `"${await fileSha256(file, stats)}"`,
    'X-Repo-Commit': await repoCommit(dir),
    // Keep the browser's HTTP cache out of the way so every fetch reaches the hub (and its
    // faults). transformers.js's own Cache API store does not look at this header.
    'Cache-Control': 'no-store',
  };
  const range = parseRange(ex.req.headers.range, size);
  if (range.type === 'unsatisfiable') {
    writeHead(ex, 416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
    ex.res.end();
    return;
  }
  const start = range.type === 'range' ? range.start : 0;
  const end = range.type === 'range' ? range.end : size - 1;
  const length = end - start + 1;
  if (range.type === 'range') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = length;

  let mode: BodyMode = 'normal';
  if (rule) {
    // Only a full GET gets here with a rule: `truncate` and `slow` never fire on probes.
    ctx.faults.use(rule);
    ex.entry.fault = rule.fault;
    mode = rule.fault === 'slow' ? 'slow' : 'truncate';
  }
  writeHead(ex, range.type === 'range' ? 206 : 200, headers);
  if (ex.req.method === 'HEAD' || length === 0) {
    ex.res.end();
    return;
  }
  await sendBody(ex, createReadStream(file, { start, end }), length, mode, ctx.slowBytesPerSecond);
}
