/**
 * Pagination as the Hub does it: a page of items, and while more remain a GitHub-style
 * `Link: <next-url>; rel="next"` header whose URL carries every query parameter of the request
 * plus the cursor (huggingface.js follows it and its regex wants an absolute http(s) URL).
 * No Link header means the last page. The cursor is opaque to clients; here it is the offset
 * as base64url JSON.
 */
import type { IncomingMessage } from 'node:http';

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

/** The offset a cursor carries; undefined for one this hub did not make. */
export function decodeCursor(cursor: string): number | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || !('offset' in value)) return undefined;
    const { offset } = value;
    return typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

/** `http://<Host>` of the request, so the next-page URL reaches this hub the way the client did. */
export function requestOrigin(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  return host && /^[\w.\-:[\]]+$/.test(host) ? `http://${host}` : fallback;
}

/** The request's URL with `set` replacing (and `drop` removing) parameters, all others kept. */
export function pageUrl(
  origin: string,
  path: string,
  query: URLSearchParams,
  set: Record<string, string>,
  drop: readonly string[] = [],
): string {
  const next = new URLSearchParams(query);
  for (const name of [...drop, ...Object.keys(set)]) next.delete(name);
  for (const [name, value] of Object.entries(set)) next.set(name, value);
  return `${origin}${path}?${next.toString()}`;
}

export function nextLink(url: string): string {
  return `<${url}>; rel="next"`;
}

/** Parses a non-negative integer parameter; null when absent, undefined when malformed. */
export function intParam(query: URLSearchParams, name: string): number | null | undefined {
  const raw = query.get(name);
  if (raw === null) return null;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}
