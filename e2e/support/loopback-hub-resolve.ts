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
import { replacesResponse, sendFaultResponse } from './loopback-hub-faulted.ts';
import { sendHubError, type HubExchange } from './loopback-hub-http.ts';
import {
  contentTypeFor,
  fileSha256,
  pathInside,
  repoCommit,
  repoDir,
  statOrUndefined,
} from './loopback-hub-repo.ts';
import type { HubRoute } from './loopback-hub-routes.ts';
import { sendFile } from './loopback-hub-send-file.ts';

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
  // A rule that got this far is `truncate` or `slow`: only a full GET reaches the body with one.
  const read = (start: number, end: number) => createReadStream(file, { start, end });
  await sendFile(ex, { size, headers, read }, rule, ctx.faults, ctx.slowBytesPerSecond);
}
