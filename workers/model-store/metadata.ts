/**
 * Metadata kept with each stored file. Size, type, stored-at and the file's identity ride on the
 * stored Response's headers (written once, atomically with the body); last-used lives in a
 * separate body-less entry, so marking a file used never rewrites the file.
 */
import type { FileRef } from './keys.ts';

const STORED_AT = 'x-glasspipe-stored-at';
/** Our own copy of the size: hub.js notes that the browser Cache API may drop Content-Length. */
const SIZE = 'x-glasspipe-size';
const LAST_USED = 'x-glasspipe-last-used';
const HOST = 'x-glasspipe-host';
const MODEL = 'x-glasspipe-model';
const REVISION = 'x-glasspipe-revision';
const FILE = 'x-glasspipe-file';

export interface StoredMeta {
  bytes: number;
  contentType: string;
  storedAt: number;
  /** Where the file came from, as recorded when it was stored; null if not recorded. */
  ref: FileRef | null;
}

/**
 * The Response to store: the validated bytes with an explicit Content-Length (hub.js sizes its
 * progress from it on a cache hit) and the metadata. Header values are URI-encoded because
 * headers only take Latin-1.
 */
export function storedResponse(
  bytes: Uint8Array<ArrayBuffer>,
  contentType: string | null,
  ref: FileRef | null,
  now: number,
): Response {
  const headers = new Headers({
    'content-type': contentType ?? 'application/octet-stream',
    'content-length': String(bytes.byteLength),
    [SIZE]: String(bytes.byteLength),
    [STORED_AT]: String(now),
  });
  if (ref !== null) {
    headers.set(HOST, encodeURIComponent(ref.host));
    headers.set(MODEL, encodeURIComponent(ref.model));
    if (ref.revision !== null) headers.set(REVISION, encodeURIComponent(ref.revision));
    headers.set(FILE, encodeURIComponent(ref.file));
  }
  return new Response(bytes, { status: 200, headers });
}

function header(headers: Headers, name: string): string | null {
  const value = headers.get(name);
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function numberHeader(headers: Headers, name: string): number | null {
  const value = Number(headers.get(name) ?? Number.NaN);
  return Number.isFinite(value) ? value : null;
}

export function readStoredMeta(response: Response): StoredMeta {
  const h = response.headers;
  const host = header(h, HOST);
  const model = header(h, MODEL);
  const file = header(h, FILE);
  return {
    bytes: numberHeader(h, SIZE) ?? numberHeader(h, 'content-length') ?? 0,
    contentType: h.get('content-type') ?? 'application/octet-stream',
    storedAt: numberHeader(h, STORED_AT) ?? 0,
    ref:
      host !== null && model !== null && file !== null
        ? { host, model, revision: header(h, REVISION), file }
        : null,
  };
}

export function lastUsedEntry(now: number): Response {
  return new Response(null, { status: 200, headers: { [LAST_USED]: String(now) } });
}

export function readLastUsed(entry: Response | undefined): number | null {
  return entry === undefined ? null : numberHeader(entry.headers, LAST_USED);
}
