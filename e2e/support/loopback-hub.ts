/**
 * A loopback stand-in for the Hugging Face Hub, so tests exercise transformers.js's real
 * remote-loading path on fixture models:
 *
 *   env.remoteHost = `${hub.url}/`; env.remotePathTemplate = '{model}/resolve/{revision}/';
 *
 * It serves `<root>/{org}/{name}/{file}` at `/{org}/{name}/resolve/{revision}/{file}` with
 * Range support, Hub-like headers and errors, CORS, the Hub's models API (list with search,
 * filters, sorts and Link pagination; model info; tree; commits: loopback-hub-api.ts), fault
 * injection (hub-faults.ts) and runtime control at `/__hub/*` (loopback-hub-control.ts).
 * Built on node:http only.
 *
 * The model API serves the repos on disk overlaid with a catalog (loopback-hub-catalog.ts):
 * Hub metadata for the fixture repos, and about thirty metadata-only repos modelled on real
 * ones (their files have sizes but no bytes, except a synthesized config.json), so search and
 * filters have something real to find. `catalog: []` serves the disk alone.
 *
 * Pages: every page of the model API holds at most `maxPageSize` items (1000 by default, the
 * Hub's cap). A test makes Link pagination happen with a small cap, at start
 * (`maxPageSize: 8`), from code (`hub.setMaxPageSize(8)`, `null` to restore) or over HTTP
 * (`POST /__hub/page-size` `{"value": 8}` or `{"value": null}`).
 *
 * Faults, in short: `not-found`, `server-error`, `html` and `reset` also fire on HEAD and on
 * Range requests, including transformers.js's `bytes=0-0` probe, so a broken host shows up
 * at the probe as a real one does; `truncate` and `slow` fire only on full GETs of files
 * (on the model API they are ignored). `times` counts only requests a rule fired on.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { HubFaultTable, type HubFault, type HubFaultMatch } from './hub-faults.ts';
import { serveModelApi, type ModelApiContext } from './loopback-hub-api.ts';
import { CATALOG } from './loopback-hub-catalog.ts';
import type { CatalogModel } from './loopback-hub-catalog-types.ts';
import { handleControl, type PageSizeControl } from './loopback-hub-control.ts';
import { answerPreflight, sendHubError, type HubExchange, type HubRequestLog } from './loopback-hub-http.ts';
import { serveMetadataResolve } from './loopback-hub-metadata-resolve.ts';
import { metadataRepo } from './loopback-hub-models.ts';
import { repoDir, statOrUndefined } from './loopback-hub-repo.ts';
import { serveResolve } from './loopback-hub-resolve.ts';
import { parseTarget, type HubRoute } from './loopback-hub-routes.ts';

export type { HubFault, HubFaultMatch } from './hub-faults.ts';
export type { HubRequestLog } from './loopback-hub-http.ts';
export type { CatalogModel } from './loopback-hub-catalog-types.ts';

export interface LoopbackHub {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** Every request served except `/__hub/*` control requests, in arrival order. */
  requests: HubRequestLog[];
  /** Faults requests whose URL path matches; `null` removes the rule for `match`. */
  setFault(match: HubFaultMatch, fault: HubFault | null, opts?: { times?: number }): void;
  clearFaults(): void;
  /** Caps every model API page at `value` items; `null` restores the `maxPageSize` option. */
  setMaxPageSize(value: number | null): void;
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
  /** The most items one model API page holds (list, tree, commits); default 1000, the Hub's cap. */
  maxPageSize?: number;
  /** Metadata overlaid on the repos on disk, and metadata-only repos; default the built-in catalog. */
  catalog?: readonly CatalogModel[];
}

const DEFAULT_SLOW_BYTES_PER_SECOND = 64 * 1024;
const DEFAULT_MAX_PAGE_SIZE = 1000;

interface HubState extends ModelApiContext {
  requests: HubRequestLog[];
  slowBytesPerSecond: number;
  verbose: boolean;
  pageSize: PageSizeControl;
}

function checkPageSize(value: number): void {
  if (!(Number.isInteger(value) && value > 0)) {
    throw new RangeError(`maxPageSize must be a positive integer, got ${String(value)}`);
  }
}

function pageSizeControl(initial: number): PageSizeControl {
  checkPageSize(initial);
  let value = initial;
  return {
    get value() {
      return value;
    },
    initial,
    set(next) {
      if (next !== null) checkPageSize(next);
      value = next ?? initial;
    },
  };
}

/** A repo with no folder on disk may be a metadata-only catalog repo. */
async function serveResolveRoute(
  ex: HubExchange,
  route: Extract<HubRoute, { type: 'resolve' }>,
  state: HubState,
): Promise<void> {
  if (!(await repoDir(state.root, route.repoId))) {
    const entry = state.catalog.find((model) => model.id === route.repoId);
    if (entry?.source === 'metadata') return serveMetadataResolve(ex, route, metadataRepo(entry), state);
  }
  return serveResolve(ex, route, state);
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
      return serveResolveRoute(ex, route, state);
    case 'model-api':
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
  let url = '';
  const pageSize = pageSizeControl(options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE);
  const state: HubState = {
    root,
    catalog: options.catalog ?? CATALOG,
    faults: new HubFaultTable(),
    requests: [],
    slowBytesPerSecond: options.slowBytesPerSecond ?? DEFAULT_SLOW_BYTES_PER_SECOND,
    verbose: options.verbose ?? false,
    pageSize,
    maxPageSize: () => pageSize.value,
    url: () => url,
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
  url = `http://${urlHost}:${address.port}`;

  return {
    url,
    port: address.port,
    requests: state.requests,
    setFault: (match, fault, opts) => state.faults.set(match, fault, opts?.times),
    clearFaults: () => state.faults.clear(),
    setMaxPageSize: (value) => pageSize.set(value),
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
