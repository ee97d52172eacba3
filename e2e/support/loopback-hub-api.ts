/**
 * The Hub's models API, as @huggingface/hub (listModels, modelInfo, listFiles, listCommits)
 * and huggingface_hub call it:
 * - `GET /api/models`: search, filters, sorts and Link pagination (loopback-hub-list.ts);
 * - `GET /api/models/{id}[/revision/{rev}]`: model info, `expand`, `blobs=true`;
 * - `GET /api/models/{id}/tree/{rev}[/{path}]`: files and folders (loopback-hub-tree.ts);
 * - `GET /api/models/{id}/commits/{rev}`: the history (loopback-hub-commits.ts).
 * A repo that does not exist answers 401 RepoNotFound, as the real Hub does (it will not say
 * whether a private repo exists); an unknown revision 404 RevisionNotFound; a bad parameter
 * 400 `{"error": ...}`. Faults fire here as on files; `not-found` plays the missing repo.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { CatalogModel } from './loopback-hub-catalog-types.ts';
import { apiCommit, DEFAULT_COMMITS_LIMIT } from './loopback-hub-commits.ts';
import { replacesResponse, sendFaultResponse } from './loopback-hub-faulted.ts';
import {
  expandedFields,
  flagParam,
  listItem,
  modelInfoFields,
  parseExpand,
  type FieldContext,
} from './loopback-hub-fields.ts';
import type { HubFaultTable } from './hub-faults.ts';
import { resolveRevision, type RepoCommit } from './loopback-hub-history.ts';
import { sendHubError, sendJson, type HubExchange } from './loopback-hub-http.ts';
import { pageOf, parseListQuery, selectRepos } from './loopback-hub-list.ts';
import { loadRepos, type HubRepo } from './loopback-hub-models.ts';
import {
  decodeCursor,
  encodeCursor,
  intParam,
  nextLink,
  pageUrl,
  requestOrigin,
} from './loopback-hub-page.ts';
import { requestKind } from './loopback-hub-resolve.ts';
import type { HubRoute, ModelApiRequest } from './loopback-hub-routes.ts';
import { EXPANDED_TREE_PAGE_SIZE, listTree, TREE_PAGE_SIZE } from './loopback-hub-tree.ts';

export interface ModelApiContext {
  root: string;
  catalog: readonly CatalogModel[];
  faults: HubFaultTable;
  /** The page cap right now (the `maxPageSize` option, or the control endpoint's value). */
  maxPageSize(): number;
  /** The hub's own URL, for a Link header when the request had no usable Host. */
  url(): string;
}

interface Call {
  ex: HubExchange;
  query: URLSearchParams;
  ctx: ModelApiContext;
  repos: HubRepo[];
}

function sendRepoNotFound(ex: HubExchange): void {
  sendHubError(ex, 401, 'RepoNotFound', 'Repository not found');
}

function badRequest(ex: HubExchange, message: string): void {
  sendHubError(ex, 400, undefined, message);
}

/** Sends a page; while more remain, a Link to the same URL with `next` set. */
function sendPage(
  call: Call,
  items: unknown[],
  next: Record<string, string> | undefined,
  drop: string[] = [],
): void {
  const headers: OutgoingHttpHeaders = {};
  if (next) {
    const origin = requestOrigin(call.ex.req, call.ctx.url());
    headers.Link = nextLink(pageUrl(origin, call.ex.entry.path, call.query, next, drop));
  }
  sendJson(call.ex, 200, items, headers);
}

function serveList(call: Call): void {
  const parsed = parseListQuery(call.query, call.ctx.maxPageSize());
  if (!parsed.ok) return badRequest(call.ex, parsed.message);
  const q = parsed.value;
  const page = pageOf(selectRepos(call.repos, q), q.offset, q.limit);
  const items = page.items.map((repo) => {
    const fields = fieldContext(call, repo.refs.get('main') ?? [], false);
    if (!fields) return { _id: repo.objectId, id: repo.id };
    return q.expand ? expandedFields(repo, q.expand, fields) : listItem(repo, q.extras, fields);
  });
  sendPage(call, items, page.next === undefined ? undefined : { cursor: encodeCursor(page.next) }, ['skip']);
}

/** Fields at the history's newest commit; undefined for an empty history (never built). */
function fieldContext(call: Call, history: readonly RepoCommit[], blobs: boolean): FieldContext | undefined {
  const commit = history[0];
  return commit && { commit, repos: call.repos, blobs };
}

/** The repo and the history at the revision, or undefined once the error is sent. */
function repoAt(
  call: Call,
  repoId: string,
  revision: string,
): { repo: HubRepo; history: readonly RepoCommit[] } | undefined {
  const repo = call.repos.find((candidate) => candidate.id === repoId);
  if (!repo) {
    sendRepoNotFound(call.ex);
    return undefined;
  }
  const history = resolveRevision(repo.refs, revision);
  if (!history || history.length === 0) {
    sendHubError(call.ex, 404, 'RevisionNotFound', `Invalid rev id: ${revision}`);
    return undefined;
  }
  return { repo, history };
}

function serveInfo(call: Call, request: Extract<ModelApiRequest, { kind: 'info' }>): void {
  const expand = parseExpand(call.query);
  if (!expand.ok) return badRequest(call.ex, expand.message);
  const blobs = flagParam(call.query, 'blobs');
  const securityStatus = flagParam(call.query, 'securityStatus');
  if (expand.value && (blobs || securityStatus)) {
    return badRequest(call.ex, '`expand` cannot be used together with `blobs` or `securityStatus`');
  }
  const found = repoAt(call, request.repoId, request.revision ?? 'main');
  if (!found) return;
  const fields = fieldContext(call, found.history, blobs);
  if (!fields) return sendRepoNotFound(call.ex);
  const body = expand.value
    ? expandedFields(found.repo, expand.value, fields)
    : modelInfoFields(found.repo, fields);
  // No scanner runs here: every file counts as scanned and clean.
  if (securityStatus) body.securityRepoStatus = { scansDone: true, filesWithIssues: [] };
  sendJson(call.ex, 200, body);
}

function serveTree(call: Call, request: Extract<ModelApiRequest, { kind: 'tree' }>): void {
  const found = repoAt(call, request.repoId, request.revision);
  if (!found) return;
  const expand = flagParam(call.query, 'expand');
  const listing = listTree(found.repo.files, request.path, {
    recursive: flagParam(call.query, 'recursive'),
    ...(expand && found.history[0] ? { lastCommit: found.history[0] } : {}),
  });
  if (!listing.ok) {
    const message =
      listing.reason === 'not-a-folder' ? `${request.path} is a file, not a folder` : 'Entry not found';
    return sendHubError(call.ex, 404, 'EntryNotFound', message);
  }
  const cursor = call.query.get('cursor');
  const offset = cursor === null ? 0 : decodeCursor(cursor);
  if (offset === undefined) return badRequest(call.ex, 'Invalid cursor');
  const size = Math.min(expand ? EXPANDED_TREE_PAGE_SIZE : TREE_PAGE_SIZE, call.ctx.maxPageSize());
  const page = pageOf(listing.entries, offset, size);
  sendPage(call, page.items, page.next === undefined ? undefined : { cursor: encodeCursor(page.next) });
}

function serveCommits(call: Call, request: Extract<ModelApiRequest, { kind: 'commits' }>): void {
  const limit = intParam(call.query, 'limit');
  const pageNumber = intParam(call.query, 'p');
  if (limit === undefined || limit === 0) return badRequest(call.ex, '"limit" must be a positive integer');
  if (pageNumber === undefined) return badRequest(call.ex, '"p" must be a non-negative integer');
  const found = repoAt(call, request.repoId, request.revision);
  if (!found) return;
  const size = Math.min(limit ?? DEFAULT_COMMITS_LIMIT, call.ctx.maxPageSize());
  const p = pageNumber ?? 0;
  const page = pageOf(found.history, p * size, size);
  sendPage(call, page.items.map(apiCommit), page.next === undefined ? undefined : { p: String(p + 1) });
}

export async function serveModelApi(
  ex: HubExchange,
  route: Extract<HubRoute, { type: 'model-api' }>,
  ctx: ModelApiContext,
): Promise<void> {
  if (ex.req.method !== 'GET' && ex.req.method !== 'HEAD') {
    return sendHubError(ex, 405, undefined, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
  }
  // Only whole-response faults apply: `truncate` and `slow` are for file bodies.
  const rule = ctx.faults.find(ex.entry.path, requestKind(ex));
  if (rule && replacesResponse(rule.fault)) {
    ctx.faults.use(rule);
    ex.entry.fault = rule.fault;
    if (rule.fault === 'not-found') return sendRepoNotFound(ex);
    return sendFaultResponse(ex, rule.fault, 'RepoNotFound');
  }
  const call: Call = { ex, query: route.query, ctx, repos: await loadRepos(ctx.root, ctx.catalog) };
  const { request } = route;
  switch (request.kind) {
    case 'list':
      return serveList(call);
    case 'info':
      return serveInfo(call, request);
    case 'tree':
      return serveTree(call, request);
    case 'commits':
      return serveCommits(call, request);
    default: {
      const unreachable: never = request;
      throw new Error(`unhandled model API request ${JSON.stringify(unreachable)}`);
    }
  }
}
