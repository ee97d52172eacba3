/** Response helpers shared by the loopback hub's routes: CORS, JSON, Hub-style errors, log entries. */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { HubFault } from './hub-faults.ts';

export interface HubRequestLog {
  method: string;
  /** The URL path as sent, without the query string. */
  path: string;
  range?: string;
  /** The status sent; 0 when the connection was reset before any response. */
  status: number;
  /** The fault that fired for this request, if any. */
  fault?: HubFault;
  /** True when the client went away before the body was fully sent (e.g. a cancelled download). */
  aborted?: boolean;
}

/** One request being answered. */
export interface HubExchange {
  req: IncomingMessage;
  res: ServerResponse;
  entry: HubRequestLog;
  verbose: boolean;
}

const EXPOSED_HEADERS = [
  'Content-Length',
  'Content-Range',
  'ETag',
  'X-Repo-Commit',
  'Accept-Ranges',
  'X-Error-Code',
  'X-Error-Message',
  'X-Loopback-Hub-Fault',
  // The model API's next-page URL; without this, a browser page cannot paginate.
  'Link',
].join(', ');

const ALLOWED_METHODS = 'GET, HEAD, POST, DELETE, OPTIONS';
const DEFAULT_ALLOWED_HEADERS = 'Range, Content-Type, Authorization, If-None-Match';

/**
 * Sent on every response: the app page runs on another origin (another port), and a
 * cross-origin-isolated page (COEP require-corp, needed for WASM threads) only loads
 * cross-origin resources that opt in with Cross-Origin-Resource-Policy.
 */
const CORS_HEADERS: OutgoingHttpHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

function logLine(ex: HubExchange): void {
  if (!ex.verbose) return;
  const { method, path, range, status, fault } = ex.entry;
  const extras = [range && `range=${range}`, fault && `fault=${fault}`].filter(Boolean).join(' ');
  console.log(`[loopback-hub] ${method} ${path} ${status}${extras ? ` ${extras}` : ''}`);
}

/** Writes the status line and headers (plus CORS) and records the status in the request log. */
export function writeHead(ex: HubExchange, status: number, headers: OutgoingHttpHeaders = {}): void {
  ex.entry.status = status;
  if (ex.entry.fault) headers = { ...headers, 'X-Loopback-Hub-Fault': ex.entry.fault };
  ex.res.writeHead(status, { ...CORS_HEADERS, ...headers });
  logLine(ex);
}

/** Sends a complete body (nothing for HEAD), with Content-Type and Content-Length. */
export function sendBuffer(
  ex: HubExchange,
  status: number,
  body: Buffer,
  headers: OutgoingHttpHeaders,
): void {
  writeHead(ex, status, { 'Content-Length': body.length, 'Cache-Control': 'no-store', ...headers });
  ex.res.end(ex.req.method === 'HEAD' ? undefined : body);
}

export function sendJson(
  ex: HubExchange,
  status: number,
  value: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const body = Buffer.from(JSON.stringify(value));
  sendBuffer(ex, status, body, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
}

/** An error shaped like the Hub's: `{"error": message}` plus X-Error-Code / X-Error-Message. */
export function sendHubError(
  ex: HubExchange,
  status: number,
  code: string | undefined,
  message: string,
  extraHeaders: OutgoingHttpHeaders = {},
): void {
  const headers: OutgoingHttpHeaders = { ...extraHeaders, 'X-Error-Message': message };
  if (code) headers['X-Error-Code'] = code;
  sendJson(ex, status, { error: message }, headers);
}

/** Drops the connection without any response (a crashed or unreachable host). */
export function resetConnection(ex: HubExchange): void {
  ex.entry.status = 0;
  logLine(ex);
  ex.req.socket.destroy();
}

/**
 * Answers a CORS preflight (any OPTIONS). Browsers send one before a cross-origin request
 * with headers that are not safelisted (depending on the browser, the Range header of
 * transformers.js's probe) and before the JSON POST/DELETE of the control endpoints.
 */
export function answerPreflight(ex: HubExchange): void {
  const requested = ex.req.headers['access-control-request-headers'];
  const headers: OutgoingHttpHeaders = {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': requested || DEFAULT_ALLOWED_HEADERS,
    'Content-Length': 0,
  };
  // Chromium's Private Network Access asks before a public page may call a loopback address.
  if (ex.req.headers['access-control-request-private-network'] === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  writeHead(ex, 204, headers);
  ex.res.end();
}
