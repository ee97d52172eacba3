/**
 * The worker's one door to the Hub API: `@huggingface/hub` (the official client), pointed at the
 * page's model host (`hubUrl`, like HF_ENDPOINT) and called with the worker's fetch, which the
 * app's verifying wrapper guards. Nothing else imports the package, so its types stop here.
 */
import {
  HubApiError,
  listCommits,
  listFiles,
  listModels,
  modelInfo,
  type ListFileEntry,
} from '@huggingface/hub';
import { PIPELINE_TYPES, type PipelineType } from '@huggingface/tasks';
import type { HubCommit } from '../../src/shared/protocol/index.ts';
import type { SizedFile } from '../../src/shared/model-files/dtype-sizes.ts';

export type HubFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface HubConnection {
  hubUrl: string;
  fetch: HubFetch;
}

/** What a listing row carries: the client's fields plus the tags the filters and rows need. */
export interface ListedModel {
  name: string;
  task: string | null;
  downloads: number;
  likes: number;
  /** ISO 8601. */
  lastModified: string;
  gated: false | 'auto' | 'manual';
  tags: string[];
}

export interface ListingSearch {
  query?: string;
  task?: string;
  tags: string[];
  sort: 'downloads' | 'likes' | 'lastModified' | 'trendingScore';
  /** The most rows wanted in all; the client then asks for pages of that size, not 500. */
  limit?: number;
}

/** The client types `task` as the Hub's task union (`@huggingface/tasks`, the list the Hub itself uses). */
export function isPipelineType(task: string): task is PipelineType {
  return PIPELINE_TYPES.some((known) => known === task);
}

/** The client's fetch parameter is typed as the global fetch; ours has the same call shape. */
function clientFetch(connection: HubConnection): typeof fetch {
  return (input, init) =>
    connection.fetch(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, init);
}

/**
 * Every model matching the search, page after page (the client follows the `Link` header; the
 * Hub sorts descending when no `direction` is sent, which the client never sends).
 */
export async function* listing(
  connection: HubConnection,
  search: ListingSearch,
): AsyncGenerator<ListedModel> {
  const models = listModels({
    hubUrl: connection.hubUrl,
    fetch: clientFetch(connection),
    search: {
      ...(search.query ? { query: search.query } : {}),
      ...(search.task && isPipelineType(search.task) ? { task: search.task } : {}),
      ...(search.tags.length > 0 ? { tags: search.tags } : {}),
    },
    sort: search.sort,
    ...(search.limit !== undefined ? { limit: search.limit } : {}),
    additionalFields: ['tags'],
  });
  for await (const model of models) {
    yield {
      name: model.name,
      task: model.task ?? null,
      downloads: model.downloads ?? 0,
      likes: model.likes ?? 0,
      lastModified: validIso(model.updatedAt),
      gated: model.gated ?? false,
      tags: model.tags ?? [],
    };
  }
}

function validIso(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export interface ModelInfoRead {
  name: string;
  sha: string | null;
  author: string | null;
  task: string | null;
  downloads: number;
  likes: number;
  lastModified: string;
  createdAt: string | null;
  gated: false | 'auto' | 'manual';
  tags: string[];
  libraryName: string | null;
  cardData: Record<string, unknown>;
  config: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `GET /api/models/{id}/revision/{rev}` with the card, config, tags and commit. */
export async function readModelInfo(
  connection: HubConnection,
  name: string,
  revision: string | undefined,
): Promise<ModelInfoRead> {
  const info = await modelInfo({
    name,
    hubUrl: connection.hubUrl,
    fetch: clientFetch(connection),
    ...(revision ? { revision } : {}),
    additionalFields: ['author', 'cardData', 'config', 'createdAt', 'library_name', 'sha', 'tags'],
  });
  const created = info.createdAt ? new Date(info.createdAt) : null;
  return {
    name: info.name,
    sha: typeof info.sha === 'string' ? info.sha : null,
    author: typeof info.author === 'string' ? info.author : null,
    task: info.task ?? null,
    downloads: info.downloads ?? 0,
    likes: info.likes ?? 0,
    lastModified: validIso(info.updatedAt),
    createdAt: created && !Number.isNaN(created.getTime()) ? created.toISOString() : null,
    gated: info.gated ?? false,
    tags: Array.isArray(info.tags) ? info.tags.filter((t): t is string => typeof t === 'string') : [],
    libraryName: typeof info.library_name === 'string' ? info.library_name : null,
    cardData: isRecord(info.cardData) ? info.cardData : {},
    config: isRecord(info.config) ? info.config : {},
  };
}

/**
 * Every file under `onnx/` with its size: one tree listing (paged by `Link`), instead of a probe
 * per dtype and session. A repo without the folder has none (the tree answers 404).
 */
export async function readOnnxFiles(
  connection: HubConnection,
  name: string,
  revision: string,
): Promise<SizedFile[]> {
  return readTree(connection, name, revision, 'onnx');
}

/** Files (not folders) of a repo, or of one folder of it, recursively, with their sizes. */
export async function readTree(
  connection: HubConnection,
  name: string,
  revision: string,
  path?: string,
): Promise<SizedFile[]> {
  const files: SizedFile[] = [];
  const entries: AsyncGenerator<ListFileEntry> = listFiles({
    repo: name,
    revision,
    recursive: true,
    ...(path ? { path } : {}),
    hubUrl: connection.hubUrl,
    fetch: clientFetch(connection),
  });
  for await (const entry of entries) {
    if (entry.type === 'file') files.push({ path: entry.path, bytes: entry.lfs?.size ?? entry.size });
  }
  return files;
}

/** The newest commits first, at most `limit` of them; `complete` when the history ended. */
export async function readCommits(
  connection: HubConnection,
  name: string,
  revision: string,
  limit: number,
): Promise<{ commits: HubCommit[]; complete: boolean }> {
  const commits: HubCommit[] = [];
  // One more than shown, to know whether the history goes on.
  const history = listCommits({
    repo: name,
    revision,
    batchSize: limit + 1,
    hubUrl: connection.hubUrl,
    fetch: clientFetch(connection),
  });
  for await (const commit of history) {
    if (commits.length === limit) return { commits, complete: false };
    commits.push({
      id: commit.oid,
      title: commit.title,
      date: validIso(commit.date),
      authors: commit.authors.map((a) => a.username),
    });
  }
  return { commits, complete: true };
}

/** The status and the Hub's own message of a failed API call; null for anything else. */
export function apiErrorOf(error: unknown): { status: number; message: string } | null {
  if (!(error instanceof HubApiError)) return null;
  const data = error.data;
  const hubMessage = data && typeof data.error === 'string' ? data.error : null;
  return { status: error.statusCode, message: hubMessage ?? error.message };
}
