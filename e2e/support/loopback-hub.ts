/**
 * A loopback stand-in for the Hugging Face Hub, so tests exercise transformers.js's real
 * remote-loading path on fixture models:
 *
 *   env.remoteHost = `${hub.url}/`; env.remotePathTemplate = '{model}/resolve/{revision}/';
 *
 * It serves `<root>/{org}/{name}/{file}` at `/{org}/{name}/resolve/{revision}/{file}` with
 * Range support, Hub-like headers and errors, CORS, a little of the model API, fault
 * injection (hub-faults.ts) and runtime control at `/__hub/*` (loopback-hub-control.ts).
 * Built on node:http only.
 *
 * Faults, in short: `not-found`, `server-error`, `html` and `reset` also fire on HEAD and on
 * Range requests, including transformers.js's `bytes=0-0` probe, so a broken host shows up
 * at the probe as a real one does; `truncate` and `slow` fire only on full GETs of files
 * (on the model API they are ignored). `times` counts only requests a rule fired on.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { HubFaultTable, type HubFault, type HubFaultMatch } from './hub-faults.ts';
import { modelInfo, searchModels } from './loopback-hub-api.ts';
import { handleControl } from './loopback-hub-control.ts';
import { replacesResponse, sendFaultResponse } from './loopback-hub-faulted.ts';
import {
  answerPreflight,
  sendHubError,
  sendJson,
  type HubExchange,
  type HubRequestLog,
} from './loopback-hub-http.ts';
import { statOrUndefined } from './loopback-hub-repo.ts';
import { requestKind, serveResolve } from './loopback-hub-resolve.ts';
import { parseTarget, type HubRoute } from './loopback-hub-routes.ts';

export type { HubFault, HubFaultMatch } from './hub-faults.ts';
export type { HubRequestLog } from './loopback-hub-http.ts';

export interface LoopbackHub {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** Every request served except `/__hub/*` control requests, in arrival order. */
  requests: HubRequestLog[];
  /** Faults requests whose URL path matches; `null` removes the rule for `match`. */
  setFault(match: HubFaultMatch, fault: HubFault | null, opts?: { times?: number }): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export interface LoopbackHubOptions {
  /** Folder in Hub layout: `<root>/<org>/<name>/<file>`, optional `<root>/manifest.json`. */
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  faults?: Array<{ match: HubFaultMatch; fault: HubFault; times?: number }>;
  /** Rate of the `slow` fault; default 64 KiB/s. */
  slowBytesPerSecond?: number;
  /** Print one line per request to stdout. */
  verbose?: boolean;
}

const DEFAULT_SLOW_BYTES_PER_SECOND = 64 * 1024;

interface HubState {
  root: string;
  faults: HubFaultTable;
  requests: HubRequestLog[];
  slowBytesPerSecond: number;
  verbose: boolean;
}

async function serveModelApi(
  ex: HubExchange,
  route: Extract<HubRoute, { type: 'model-info' | 'model-search' }>,
  state: HubState,
): Promise<void> {
  if (ex.req.method !== 'GET' && ex.req.method !== 'HEAD') {
    return sendHubError(ex, 405, undefined, 'Method not allowed');
  }
  const rule = state.faults.find(ex.entry.path, requestKind(ex));
  if (rule && replacesResponse(rule.fault)) {
    state.faults.use(rule);
    ex.entry.fault = rule.fault;
    return sendFaultResponse(ex, rule.fault, 'RepositoryNotFound');
  }
  if (route.type === 'model-search') return sendJson(ex, 200, await searchModels(state.root, route.search));
  const info = await modelInfo(state.root, route.repoId);
  if (!info) return sendHubError(ex, 404, 'RepositoryNotFound', 'Repository not found');
  sendJson(ex, 200, info);
}

async function handle(req: IncomingMessage, res: ServerResponse, state: HubState): Promise<void> {
  const method = req.method ?? 'GET';
  const target = parseTarget(req.url ?? '/');
  const entry: HubRequestLog = { method, path: target.path, status: 0 };
  if (req.headers.range !== undefined) entry.range = req.headers.range;
  const ex: HubExchange = { req, res, entry, verbose: state.verbose };

  const isControl = target.ok && target.route.type === 'control';
  if (!isControl) state.requests.push(entry);
  if (method === 'OPTIONS') return answerPreflight(ex);
  if (!target.ok) return sendHubError(ex, 400, 'InvalidPath', 'Invalid path');

  const route = target.route;
  switch (route.type) {
    case 'control':
      return handleControl(ex, route.action, state);
    case 'resolve':
      if (method !== 'GET' && method !== 'HEAD') {
        return sendHubError(ex, 405, undefined, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
      }
      return serveResolve(ex, route, state);
    case 'model-info':
    case 'model-search':
      return serveModelApi(ex, route, state);
    case 'unknown':
      return sendHubError(ex, 404, undefined, 'Not found');
    default: {
      const unreachable: never = route;
      throw new Error(`unhandled route ${JSON.stringify(unreachable)}`);
    }
  }
}

export async function startLoopbackHub(options: LoopbackHubOptions): Promise<LoopbackHub> {
  const root = resolve(options.root);
  if (!(await statOrUndefined(root))?.isDirectory()) {
    throw new Error(`Loopback hub root is not a folder: ${root}`);
  }
  const state: HubState = {
    root,
    faults: new HubFaultTable(),
    requests: [],
    slowBytesPerSecond: options.slowBytesPerSecond ?? DEFAULT_SLOW_BYTES_PER_SECOND,
    verbose: options.verbose ?? false,
  };
  if (!(state.slowBytesPerSecond > 0)) throw new RangeError('slowBytesPerSecond must be positive');
  for (const { match, fault, times } of options.faults ?? []) state.faults.set(match, fault, times);

  const server = createServer((req, res) => {
    handle(req, res, state).catch((error: unknown) => {
      // A bug or an unreadable file: answer 500 if nothing was sent yet, else drop the connection.
      if (state.verbose) console.log('[loopback-hub] error', error);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'Access-Control-Allow-Origin': '*' }).end(String(error));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Loopback hub: no TCP address');
  let closing: Promise<void> | undefined;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    requests: state.requests,
    setFault: (match, fault, opts) => state.faults.set(match, fault, opts?.times),
    clearFaults: () => state.faults.clear(),
    close: () => {
      closing ??= new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // Keep-alive sockets and slow downloads would otherwise hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
