/**
 * Maps a raw request target to a loopback hub route. The path is split and decoded by hand,
 * not with `new URL`, which would silently resolve `..` segments: a segment that decodes to
 * `.`, `..`, an empty string, or contains a slash, backslash or NUL is refused, so no request
 * can name a file outside the served root. The one exception is a model API revision, which is
 * a name, never a path: `refs%2Fpr%2F1` decodes to `refs/pr/1` (hf_api quotes it with
 * `safe=""`), and huggingface.js's listFiles and listCommits send it unencoded, so a bare
 * `refs/<kind>/<name>` is read as one revision too.
 */

/** The model API's endpoints (loopback-hub-api.ts). */
export type ModelApiRequest =
  | { kind: 'list' }
  | { kind: 'info'; repoId: string; revision: string | undefined }
  | { kind: 'tree'; repoId: string; revision: string; path: string }
  | { kind: 'commits'; repoId: string; revision: string };

export type HubRoute =
  | { type: 'resolve'; repoId: string; revision: string; file: string[] }
  | { type: 'model-api'; request: ModelApiRequest; query: URLSearchParams }
  | { type: 'control'; action: string }
  | { type: 'unknown' };

export type ParsedTarget = { ok: true; path: string; route: HubRoute } | { ok: false; path: string };

const CONTROL_PREFIX = '/__hub/';
const API_PREFIX = '/api/models';
const ACTIONS = new Set(['revision', 'tree', 'commits']);

function decodeRaw(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function decodeSegment(raw: string): string | undefined {
  const segment = decodeRaw(raw);
  if (
    segment === undefined ||
    segment === '' ||
    segment === '.' ||
    segment === '..' ||
    /[/\\\0]/.test(segment)
  ) {
    return undefined;
  }
  return segment;
}

function decodeSegments(raw: readonly string[]): string[] | undefined {
  const segments: string[] = [];
  for (const part of raw) {
    const segment = decodeSegment(part);
    if (segment === undefined) return undefined;
    segments.push(segment);
  }
  return segments;
}

/**
 * `/{org}/{name}/resolve/{revision}/{file...}` or `/{name}/resolve/{revision}/{file...}`.
 * The org form is tried first, so a model called `resolve` under an org still works.
 */
function resolveRoute(segments: string[]): HubRoute | undefined {
  const [first, second, third] = segments;
  if (third === 'resolve' && segments.length >= 5 && first && second && segments[3]) {
    return { type: 'resolve', repoId: `${first}/${second}`, revision: segments[3], file: segments.slice(4) };
  }
  if (second === 'resolve' && segments.length >= 4 && first && third) {
    return { type: 'resolve', repoId: first, revision: third, file: segments.slice(3) };
  }
  return undefined;
}

/** A revision and what follows it; a bare `refs/<kind>/<name>` counts as one revision. */
function splitRevision(raw: readonly string[]): { revision: string; rest: string[] } | undefined {
  const first = raw[0] === undefined ? undefined : decodeRaw(raw[0]);
  if (!first || /[\\\0]/.test(first)) return undefined;
  if (first === 'refs' && raw.length >= 3) {
    const kind = decodeSegment(raw[1] ?? '');
    const name = decodeSegment(raw[2] ?? '');
    if (!kind || !name) return undefined;
    return { revision: `refs/${kind}/${name}`, rest: raw.slice(3) };
  }
  return { revision: first, rest: raw.slice(1) };
}

function apiAction(repoId: string, action: string, raw: readonly string[]): ModelApiRequest | undefined {
  const split = splitRevision(raw);
  if (!split) return undefined;
  const { revision, rest } = split;
  if (action === 'revision') return rest.length === 0 ? { kind: 'info', repoId, revision } : undefined;
  if (action === 'commits') return rest.length === 0 ? { kind: 'commits', repoId, revision } : undefined;
  const path = decodeSegments(rest);
  return path ? { kind: 'tree', repoId, revision, path: path.join('/') } : undefined;
}

/**
 * `/api/models`, `/api/models/{id}`, and `/revision/{rev}`, `/tree/{rev}[/{path}]`,
 * `/commits/{rev}` after the id. The id is `{org}/{name}` or `{name}`: the org form wins when
 * its third segment is an action, as in resolveRoute.
 */
function apiRoute(rawSegments: readonly string[]): ModelApiRequest | 'invalid' | undefined {
  if (rawSegments.length === 0) return { kind: 'list' };
  for (const idLength of [2, 1]) {
    const id = decodeSegments(rawSegments.slice(0, idLength));
    const action = rawSegments[idLength];
    if (!id || id.length !== idLength) continue;
    const repoId = id.join('/');
    if (rawSegments.length === idLength) return { kind: 'info', repoId, revision: undefined };
    if (action && ACTIONS.has(action) && rawSegments.length > idLength + 1) {
      return apiAction(repoId, action, rawSegments.slice(idLength + 1)) ?? 'invalid';
    }
  }
  return decodeSegments(rawSegments) ? undefined : 'invalid';
}

export function parseTarget(target: string): ParsedTarget {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : target.slice(queryStart + 1));
  if (path.startsWith(CONTROL_PREFIX)) {
    return { ok: true, path, route: { type: 'control', action: path.slice(CONTROL_PREFIX.length) } };
  }
  if (!path.startsWith('/')) return { ok: false, path };
  if (path === '/') return { ok: true, path, route: { type: 'unknown' } };
  if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) {
    const rest = path.slice(API_PREFIX.length + 1);
    const request = apiRoute(rest === '' ? [] : rest.split('/'));
    if (request === 'invalid') return { ok: false, path };
    return { ok: true, path, route: request ? { type: 'model-api', request, query } : { type: 'unknown' } };
  }
  const segments = decodeSegments(path.slice(1).split('/'));
  if (!segments) return { ok: false, path };
  return { ok: true, path, route: resolveRoute(segments) ?? { type: 'unknown' } };
}
