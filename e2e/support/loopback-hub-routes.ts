/**
 * Maps a raw request target to a loopback hub route. The path is split and decoded by hand,
 * not with `new URL`, which would silently resolve `..` segments: a segment that decodes to
 * `.`, `..`, an empty string, or contains a slash, backslash or NUL is refused, so no request
 * can name a file outside the served root.
 */

export type HubRoute =
  | { type: 'resolve'; repoId: string; revision: string; file: string[] }
  | { type: 'model-info'; repoId: string }
  | { type: 'model-search'; search: string }
  | { type: 'control'; action: string }
  | { type: 'unknown' };

export type ParsedTarget = { ok: true; path: string; route: HubRoute } | { ok: false; path: string };

const CONTROL_PREFIX = '/__hub/';

function decodeSegment(raw: string): string | undefined {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
  return segment;
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

/** `/api/models`, `/api/models/{id}` and `/api/models/{id}/revision/{revision}`. */
function apiRoute(segments: string[], query: URLSearchParams): HubRoute | undefined {
  if (segments[0] !== 'api' || segments[1] !== 'models') return undefined;
  let idSegments = segments.slice(2);
  if (idSegments.length >= 3 && idSegments[idSegments.length - 2] === 'revision') {
    idSegments = idSegments.slice(0, -2);
  }
  if (idSegments.length === 0) return { type: 'model-search', search: query.get('search') ?? '' };
  if (idSegments.length <= 2) return { type: 'model-info', repoId: idSegments.join('/') };
  return undefined;
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
  const rawSegments = path.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = decodeSegment(raw);
    if (segment === undefined) return { ok: false, path };
    segments.push(segment);
  }
  const route = resolveRoute(segments) ?? apiRoute(segments, query) ?? { type: 'unknown' };
  return { ok: true, path, route };
}
