/**
 * `/{id}/resolve/{rev}/{file}` for a catalog repo that has metadata only. Its config.json is
 * served (synthesized from the catalog, with Range support, like a real file), so a config
 * probe behaves as on the Hub; any other declared file answers as the Hub does for a missing
 * entry, 404 EntryNotFound, with a message that says why; an undeclared one is plain
 * EntryNotFound. Every revision serves the same, as for the repos on disk.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { HubFaultTable } from './hub-faults.ts';
import { replacesResponse, sendFaultResponse } from './loopback-hub-faulted.ts';
import { sendHubError, type HubExchange } from './loopback-hub-http.ts';
import type { HubRepo } from './loopback-hub-models.ts';
import { contentTypeFor } from './loopback-hub-repo.ts';
import { requestKind } from './loopback-hub-resolve.ts';
import type { HubRoute } from './loopback-hub-routes.ts';
import { sendFile } from './loopback-hub-send-file.ts';

export interface MetadataResolveContext {
  faults: HubFaultTable;
  slowBytesPerSecond: number;
}

export async function serveMetadataResolve(
  ex: HubExchange,
  route: Extract<HubRoute, { type: 'resolve' }>,
  repo: HubRepo,
  ctx: MetadataResolveContext,
): Promise<void> {
  const rule = ctx.faults.find(ex.entry.path, requestKind(ex));
  if (rule && replacesResponse(rule.fault)) {
    ctx.faults.use(rule);
    ex.entry.fault = rule.fault;
    return sendFaultResponse(ex, rule.fault, 'EntryNotFound');
  }
  const path = route.file.join('/');
  const file = repo.files.find((candidate) => candidate.path === path);
  if (!file) return sendHubError(ex, 404, 'EntryNotFound', 'Entry not found');
  if (file.content.kind !== 'memory') {
    return sendHubError(
      ex,
      404,
      'EntryNotFound',
      `Entry not found: the loopback hub has metadata only for ${repo.id}, not the bytes of ${path}`,
    );
  }
  const bytes = file.content.bytes;
  const size = bytes.length;
  const headers: OutgoingHttpHeaders = {
    'Content-Type': contentTypeFor(path),
    'Accept-Ranges': 'bytes',
    ETag: `"${file.sha256}"`,
    'X-Repo-Commit': repo.refs.get('main')?.[0]?.id ?? '',
    'Cache-Control': 'no-store',
  };
  const read = (start: number, end: number) => Readable.from([bytes.subarray(start, end + 1)]);
  await sendFile(ex, { size, headers, read }, rule, ctx.faults, ctx.slowBytesPerSecond);
}
