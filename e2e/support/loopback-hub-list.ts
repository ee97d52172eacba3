/**
 * `GET /api/models`: which repos a query selects, in which order, and which page of them.
 * - `search`: case-insensitive substring of the id, owner included; `author`: the owner.
 * - `filter` (repeatable): every one must be among the repo's tags (library, `license:x`,
 *   languages, `dataset:x`, `base_model:[relation:]x`, the task, `onnx`, `region:us`...).
 * - `pipeline_tag`: the task; `gated=true|false`.
 * - `sort` with `direction`: `-1` or absent is descending (the Hub's default), anything else
 *   ascending; ties go by id. Without `sort`, trending first.
 * - `limit` (at most the page cap, which is also the default), `cursor` or `skip`.
 */
import {
  flagParam,
  parseExpand,
  type ExpandProperty,
  type ListExtras,
  type Parsed,
} from './loopback-hub-fields.ts';
import type { HubRepo } from './loopback-hub-models.ts';
import { decodeCursor, intParam } from './loopback-hub-page.ts';

/** The sorts huggingface.js offers, by the value they compare. */
const SORT_KEYS: Record<string, ((repo: HubRepo) => number | string) | string> = {
  downloads: (repo) => repo.downloads,
  likes: (repo) => repo.likes,
  // The loopback hub keeps no like history: the last 30 days' likes are all of them.
  likes30d: (repo) => repo.likes,
  trendingScore: (repo) => repo.trendingScore,
  lastModified: (repo) => Date.parse(repo.lastModified),
  createdAt: (repo) => Date.parse(repo.createdAt),
  id: (repo) => repo.id,
  mainSize: (repo) => repo.files.reduce((total, file) => total + file.size, 0),
  num_parameters: 'the loopback hub does not know parameter counts',
};

export interface ListQuery {
  search: string | undefined;
  author: string | undefined;
  filters: string[];
  pipelineTag: string | undefined;
  gated: boolean | undefined;
  sortKey: (repo: HubRepo) => number | string;
  descending: boolean;
  limit: number;
  offset: number;
  expand: ExpandProperty[] | undefined;
  extras: ListExtras;
}

function bad(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function parseSort(query: URLSearchParams): Parsed<(repo: HubRepo) => number | string> {
  const sort = query.get('sort') ?? 'trendingScore';
  const key = Object.hasOwn(SORT_KEYS, sort) ? SORT_KEYS[sort] : undefined;
  if (key === undefined)
    return bad(`Invalid sort "${sort}": use one of ${Object.keys(SORT_KEYS).join(', ')}`);
  if (typeof key === 'string') return bad(`sort=${sort} is not supported: ${key}`);
  return { ok: true, value: key };
}

function parseOffset(query: URLSearchParams): Parsed<number> {
  const cursor = query.get('cursor');
  if (cursor !== null) {
    const offset = decodeCursor(cursor);
    return offset === undefined ? bad('Invalid cursor') : { ok: true, value: offset };
  }
  const skip = intParam(query, 'skip');
  return skip === undefined ? bad('"skip" must be a non-negative integer') : { ok: true, value: skip ?? 0 };
}

export function parseListQuery(query: URLSearchParams, maxPageSize: number): Parsed<ListQuery> {
  const expand = parseExpand(query);
  if (!expand.ok) return expand;
  const extras = {
    full: flagParam(query, 'full'),
    cardData: flagParam(query, 'cardData'),
    config: flagParam(query, 'config'),
  };
  if (expand.value && (extras.full || extras.cardData || extras.config)) {
    return bad('`expand` cannot be used together with `full`, `cardData` or `config`');
  }
  const sortKey = parseSort(query);
  if (!sortKey.ok) return sortKey;
  const limit = intParam(query, 'limit');
  if (limit === undefined || limit === 0) return bad('"limit" must be a positive integer');
  const offset = parseOffset(query);
  if (!offset.ok) return offset;
  const gated = query.get('gated');
  return {
    ok: true,
    value: {
      search: query.get('search') ?? undefined,
      author: query.get('author') ?? undefined,
      filters: query.getAll('filter').filter((tag) => tag !== ''),
      pipelineTag: query.get('pipeline_tag') ?? undefined,
      gated: gated === null ? undefined : flagParam(query, 'gated'),
      sortKey: sortKey.value,
      descending: (query.get('direction') ?? '-1') === '-1',
      limit: Math.min(limit ?? maxPageSize, maxPageSize),
      offset: offset.value,
      expand: expand.value,
      extras,
    },
  };
}

function matches(repo: HubRepo, q: ListQuery): boolean {
  if (q.search && !repo.id.toLowerCase().includes(q.search.toLowerCase())) return false;
  if (q.author && repo.author.toLowerCase() !== q.author.toLowerCase()) return false;
  if (q.pipelineTag && repo.pipelineTag !== q.pipelineTag) return false;
  if (q.gated !== undefined && (repo.gated !== false) !== q.gated) return false;
  return q.filters.every((tag) => repo.tags.includes(tag));
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every repo the query selects, in its order. */
export function selectRepos(repos: readonly HubRepo[], q: ListQuery): HubRepo[] {
  const sign = q.descending ? -1 : 1;
  return repos
    .filter((repo) => matches(repo, q))
    .sort((a, b) => sign * compare(q.sortKey(a), q.sortKey(b)) || compare(a.id, b.id));
}

export interface Page<T> {
  items: T[];
  /** The offset of the next page; undefined on the last one. */
  next: number | undefined;
}

export function pageOf<T>(items: readonly T[], offset: number, size: number): Page<T> {
  const end = offset + size;
  return { items: items.slice(offset, end), next: end < items.length ? end : undefined };
}
