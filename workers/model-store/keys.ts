/**
 * Cache keys. transformers.js asks the cache under two kinds of key (hub.js `buildResourcePaths`):
 * the remote URL `<remoteHost>/<model>/resolve/<encodeURIComponent(revision)>/<file>` and the
 * local path `<localModelPath>/<model>/<file>`. It tries the local path first even when local
 * models are off, which is how a locally served model could shadow a hub model of the same id.
 */
import type { ModelSource } from '../../src/shared/protocol/index.ts';

/**
 * Local files are stored under a reserved origin (RFC 6761 `.invalid`): the Cache API only
 * takes http(s) URLs, and a relative path would resolve against the app's own origin, where a
 * hub mirror may also live.
 */
export const LOCAL_ORIGIN = 'https://local.glasspipe.invalid';

export type KeyKind = 'remote' | 'local' | 'asset';

/** One model file, as the inventory groups it. `host` is `'local'` for the local folder. */
export interface FileRef {
  host: string;
  model: string;
  /** null for local files: transformers.js ignores the revision for local paths. */
  revision: string | null;
  file: string;
}

function isHttpUrl(key: string): boolean {
  return /^https?:\/\//i.test(key);
}

/** onnxruntime-web's `.wasm`/`.mjs`, which transformers.js caches too (cacheWasm.js). */
export function keyKind(key: string): KeyKind {
  if (!isHttpUrl(key)) return 'local';
  try {
    return /\.(wasm|mjs)$/i.test(new URL(key).pathname) ? 'asset' : 'remote';
  } catch {
    return 'remote'; // unparsable: never a runtime file, and never matched to a source it lacks
  }
}

export function storageUrl(key: string): string {
  if (keyKind(key) !== 'local') return key;
  return `${LOCAL_ORIGIN}${key.startsWith('/') ? '' : '/'}${key}`;
}

/** `https://Mirror.example/hf/` → `https://mirror.example/hf`; `'local'` stays. */
export function normalizeHost(host: string): string {
  if (host === 'local') return host;
  try {
    const url = new URL(host);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return host.replace(/\/+$/, '');
  }
}

function withSlash(location: string): string {
  return location.endsWith('/') ? location : `${location}/`;
}

/** Whether `key` belongs to the active source; runtime assets belong to every source. */
export function sourceOwnsKey(source: ModelSource | null, key: string): boolean {
  const kind = keyKind(key);
  if (kind === 'asset') return true;
  if (source === null) return false;
  if (source.kind === 'hub') return kind === 'remote' && key.startsWith(withSlash(source.location));
  return kind === 'local' && key.startsWith(withSlash(source.location));
}

/** The key transformers.js uses for `file` of `model`, built the way hub.js builds it. */
export function cacheKeyFor(source: ModelSource, model: string, revision: string, file: string): string {
  const base = source.location.replace(/\/+$/, '');
  const path = file.replace(/^\/+/, '');
  if (source.kind === 'local') return `${base}/${model}/${path}`;
  return `${base}/${model}/resolve/${encodeURIComponent(revision)}/${path}`;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray `%` is part of the name, not an escape
  }
}

function splitPath(path: string): string[] {
  const [beforeQuery = ''] = path.split(/[?#]/, 1);
  return beforeQuery.split('/').filter((s) => s !== '');
}

/** `<model>/resolve/<revision>/<file>` → its parts; null when the layout doesn't fit. */
function parseResolvePath(host: string, segments: string[]): FileRef | null {
  const at = segments.indexOf('resolve', 1);
  const revision = segments[at + 1];
  if (at < 1 || revision === undefined || at + 2 >= segments.length) return null;
  return {
    host: normalizeHost(host),
    model: segments.slice(0, at).map(decode).join('/'),
    revision: decode(revision),
    file: segments
      .slice(at + 2)
      .map(decode)
      .join('/'),
  };
}

function parseRemote(key: string, hub: string | null): FileRef | null {
  if (hub !== null && key.startsWith(withSlash(hub))) {
    return parseResolvePath(hub, splitPath(key.slice(withSlash(hub).length)));
  }
  // Host unknown: a mirror may put a prefix before the id (`/hf/org/name/resolve/…`), so take
  // at most two segments before `resolve` (an `org/name` id) and count the rest as the host.
  let url: URL;
  try {
    url = new URL(key);
  } catch {
    return null;
  }
  const segments = splitPath(url.pathname);
  const at = segments.indexOf('resolve', 1);
  if (at < 1) return null;
  const start = Math.max(0, at - 2);
  const prefix = segments.slice(0, start).join('/');
  return parseResolvePath(`${url.origin}/${prefix}`, segments.slice(start));
}

/**
 * A local path has no marker between id and file, so the file starts at an `onnx/` folder
 * (transformers.js's default subfolder) or is the last segment.
 */
function parseLocal(path: string, location: string | null): FileRef | null {
  const rest =
    location !== null && path.startsWith(withSlash(location)) ? path.slice(withSlash(location).length) : path;
  const segments = splitPath(rest).map(decode);
  if (segments.length < 2) return null;
  const onnx = segments.lastIndexOf('onnx', segments.length - 2);
  const split = onnx >= 1 ? onnx : segments.length - 1;
  return {
    host: 'local',
    model: segments.slice(0, split).join('/'),
    revision: null,
    file: segments.slice(split).join('/'),
  };
}

/** What a key transformers.js passes (or a stored URL) refers to; null for runtime assets. */
export function parseKey(key: string, source: ModelSource | null = null): FileRef | null {
  if (key.startsWith(`${LOCAL_ORIGIN}/`)) return parseKey(key.slice(LOCAL_ORIGIN.length), source);
  switch (keyKind(key)) {
    case 'asset':
      return null;
    case 'remote':
      return parseRemote(key, source?.kind === 'hub' ? source.location : null);
    case 'local':
      return parseLocal(key, source?.kind === 'local' ? source.location : null);
  }
}

export function fileNameOf(key: string): string {
  return parseKey(key)?.file ?? splitPath(key).at(-1) ?? key;
}
