/**
 * Downloads one file atomically and resumably: bytes go to `<file>.part`, which is renamed
 * only after its size and (when known) sha256 check out. A `.part` left by a cut connection
 * is continued with `Range: bytes=<size>-`; a server that answers 200 instead of 206 gets a
 * fresh start. A complete file whose hash matches is not fetched again.
 */
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PullError } from '../../src/shared/model-files/errors.ts';
import { hostOf, htmlError, hubRequest, statusError, type HubTarget, type RemoteFile } from './hub-client.ts';
import { isHtmlContentType, sha256File, startsLikeHtml } from './verify.ts';

/** A connection that sends nothing for this long is treated as cut (and can be resumed). */
const IDLE_TIMEOUT_MS = 60_000;

export type DownloadStatus = 'downloaded' | 'resumed' | 'up-to-date';

export interface DownloadResult {
  path: string;
  size: number;
  sha256: string;
  status: DownloadStatus;
}

export interface DownloadOptions {
  /** A hash to check against when the server sends none (from the last pull's manifest). */
  knownSha256?: string;
  /** Bytes of this file on disk so far, including a resumed prefix. */
  onProgress: (bytes: number) => void;
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

/** `bytes start-end/total` → start and total. */
function parseContentRange(header: string | null): { start: number; total: number } | undefined {
  const match = header?.match(/^bytes (\d+)-\d+\/(\d+)$/);
  return match ? { start: Number(match[1]), total: Number(match[2]) } : undefined;
}

/** Opens the request; returns where the body starts in the file. */
async function openBody(target: HubTarget, remote: RemoteFile, offset: number, signal: AbortSignal) {
  const host = hostOf(target.hub);
  const range = offset > 0 ? `bytes=${offset}-` : undefined;
  const { response } = await hubRequest(target, remote.url, {
    method: 'GET',
    signal,
    ...(range ? { range } : {}),
  });
  const fail = async (error: PullError): Promise<never> => {
    await response.body?.cancel();
    throw error;
  };
  if (isHtmlContentType(response.headers.get('content-type'))) return fail(htmlError(remote.path, host));
  if (response.status === 206) {
    const contentRange = parseContentRange(response.headers.get('content-range'));
    if (contentRange?.start === offset && contentRange.total === remote.size)
      return { response, start: offset };
    return fail(new PullError('server', `${host} answered a resume of ${remote.path} with the wrong range.`));
  }
  if (response.status === 200) {
    const length = Number(response.headers.get('content-length') ?? remote.size);
    if (length !== remote.size) {
      return fail(
        new PullError('server', `${remote.path} changed size on ${host} during the pull; run it again.`),
      );
    }
    return { response, start: 0 }; // 200 to a Range request: the server ignores ranges, restart
  }
  return fail(statusError(host, remote.path, response));
}

async function streamToPart(
  target: HubTarget,
  remote: RemoteFile,
  part: string,
  offset: number,
  onProgress: (bytes: number) => void,
): Promise<{ size: number; resumed: boolean }> {
  const controller = new AbortController();
  let idle = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
  let handle: FileHandle | undefined;
  let written = offset;
  let start: number;
  try {
    const opened = await openBody(target, remote, offset, controller.signal);
    const response = opened.response;
    start = opened.start;
    written = start;
    const openPart = async (): Promise<FileHandle> => {
      await mkdir(dirname(part), { recursive: true });
      return open(part, start === 0 ? 'w' : 'a');
    };
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      clearTimeout(idle);
      idle = setTimeout(() => controller.abort(), IDLE_TIMEOUT_MS);
      if (!handle) {
        if (start === 0 && startsLikeHtml(chunk.value)) {
          await reader?.cancel();
          throw htmlError(remote.path, hostOf(target.hub));
        }
        handle = await openPart();
      }
      await handle.write(chunk.value);
      written += chunk.value.length;
      onProgress(written);
    }
    handle ??= await openPart(); // an empty file still gets written
  } catch (error) {
    if (error instanceof PullError) throw error;
    // Anything else here is the connection dying mid-body ("terminated", reset, idle abort).
    throw new PullError(
      'interrupted',
      `The connection to ${hostOf(target.hub)} was cut while downloading ${remote.path} ` +
        `(${written} of ${remote.size} bytes); the partial file ${part} is kept.`,
    );
  } finally {
    clearTimeout(idle);
    await handle?.close();
  }
  return { size: written, resumed: start > 0 };
}

export async function downloadFile(
  target: HubTarget,
  remote: RemoteFile,
  dest: string,
  options: DownloadOptions,
): Promise<DownloadResult> {
  const expectedSha = remote.sha256 ?? options.knownSha256;
  if ((await sizeOf(dest)) === remote.size && expectedSha && (await sha256File(dest)) === expectedSha) {
    options.onProgress(remote.size);
    return { path: remote.path, size: remote.size, sha256: expectedSha, status: 'up-to-date' };
  }

  const part = `${dest}.part`;
  let offset = (await sizeOf(part)) ?? 0;
  if (offset > remote.size) {
    await rm(part, { force: true });
    offset = 0;
  }
  let size = offset;
  let resumed = offset > 0; // a complete `.part` from a cut run needs only its check
  if (offset < remote.size || remote.size === 0) {
    if (offset > 0) options.onProgress(offset);
    ({ size, resumed } = await streamToPart(target, remote, part, offset, options.onProgress));
  }
  if (size !== remote.size) {
    throw new PullError(
      'interrupted',
      `${remote.path} ended early (${size} of ${remote.size} bytes); the partial file ${part} is kept.`,
    );
  }
  const sha256 = await sha256File(part);
  if (expectedSha && sha256 !== expectedSha) {
    await rm(part, { force: true });
    throw new PullError(
      'verify',
      `${remote.path} does not match its sha256 (expected ${expectedSha}, got ${sha256}); deleted it.`,
      'Run the same command again to download it afresh.',
    );
  }
  await rename(part, dest);
  return { path: remote.path, size, sha256, status: resumed ? 'resumed' : 'downloaded' };
}
