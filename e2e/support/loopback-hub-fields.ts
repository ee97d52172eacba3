/**
 * The JSON the model API sends for one repo: the default list item, the full model info, and
 * the `expand` form, which holds only `_id`, `id` and the properties asked for. `expand` comes as
 * repeated `expand=x` (huggingface.js, Python requests) or `expand[]=x` (the Hub's curl docs);
 * both spellings are read, and a value the Hub does not know is refused with 400 as the Hub does.
 */
import type { RepoCommit } from './loopback-hub-history.ts';
import { childrenModelCount, type HubRepo, type RepoFile } from './loopback-hub-models.ts';

/** hf_api.py ExpandModelProperty_T, plus `gitalyUid` that huggingface.js may ask for. */
export const EXPAND_PROPERTIES = [
  'author',
  'baseModels',
  'cardData',
  'childrenModelCount',
  'config',
  'createdAt',
  'disabled',
  'downloads',
  'downloadsAllTime',
  'evalResults',
  'gated',
  'gguf',
  'gitalyUid',
  'inference',
  'inferenceProviderMapping',
  'lastModified',
  'library_name',
  'likes',
  'mask_token',
  'model-index',
  'pipeline_tag',
  'private',
  'resourceGroup',
  'safetensors',
  'sha',
  'siblings',
  'spaces',
  'tags',
  'transformersInfo',
  'trendingScore',
  'usedStorage',
  'widgetData',
] as const;

export type ExpandProperty = (typeof EXPAND_PROPERTIES)[number];

function isExpandProperty(value: string): value is ExpandProperty {
  return EXPAND_PROPERTIES.some((property) => property === value);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The properties asked for, in order and without repeats; undefined when there is no `expand`. */
export function parseExpand(query: URLSearchParams): Parsed<ExpandProperty[] | undefined> {
  const values = [...query.getAll('expand'), ...query.getAll('expand[]')];
  if (values.length === 0) return { ok: true, value: undefined };
  const properties: ExpandProperty[] = [];
  for (const value of values) {
    if (!isExpandProperty(value)) {
      return {
        ok: false,
        message: `"expand" must be one of [${EXPAND_PROPERTIES.join(', ')}]; got "${value}"`,
      };
    }
    if (!properties.includes(value)) properties.push(value);
  }
  return { ok: true, value: properties };
}

/** A boolean flag such as `full=true` or Python's `full=True`; absent, `false` and `0` are off. */
export function flagParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  return raw !== null && !/^(false|0)$/i.test(raw);
}

export interface FieldContext {
  /** The commit the request resolved to (main's newest for lists). */
  commit: RepoCommit;
  repos: readonly HubRepo[];
  /** `blobs=true`: siblings carry size, blobId and lfs. */
  blobs: boolean;
}

function sibling(file: RepoFile, blobs: boolean): Record<string, unknown> {
  if (!blobs) return { rfilename: file.path };
  return {
    rfilename: file.path,
    size: file.size,
    blobId: file.blobId,
    ...(file.lfsPointerSize === undefined
      ? {}
      : { lfs: { size: file.size, sha256: file.sha256, pointerSize: file.lfsPointerSize } }),
  };
}

function cardData(repo: HubRepo): Record<string, unknown> | undefined {
  return Object.keys(repo.card).length === 0 ? undefined : { ...repo.card };
}

/** Each property's value; undefined for one this repo has no value for (it is then left out). */
const PROPERTY: Record<ExpandProperty, (repo: HubRepo, ctx: FieldContext) => unknown> = {
  author: (repo) => repo.author,
  baseModels: (repo) =>
    repo.baseModels && {
      relation: repo.baseModels.relation,
      models: repo.baseModels.models.map((id) => ({ id })),
    },
  cardData,
  childrenModelCount: (repo, ctx) => childrenModelCount(ctx.repos, repo.id),
  config: (repo) => repo.config,
  createdAt: (repo) => repo.createdAt,
  disabled: () => false,
  downloads: (repo) => repo.downloads,
  downloadsAllTime: (repo) => repo.downloadsAllTime,
  gated: (repo) => repo.gated,
  lastModified: (_repo, ctx) => ctx.commit.date,
  library_name: (repo) => repo.libraryName,
  likes: (repo) => repo.likes,
  pipeline_tag: (repo) => repo.pipelineTag,
  private: () => false,
  sha: (_repo, ctx) => ctx.commit.id,
  siblings: (repo, ctx) => repo.files.map((file) => sibling(file, ctx.blobs)),
  spaces: (repo) => repo.spaces,
  tags: (repo) => repo.tags,
  transformersInfo: (repo) => repo.transformersInfo,
  trendingScore: (repo) => repo.trendingScore,
  usedStorage: (repo) => repo.files.reduce((total, file) => total + file.size, 0),
  // Known to the Hub, but nothing the loopback hub has data for: accepted and left out.
  evalResults: () => undefined,
  gguf: () => undefined,
  gitalyUid: () => undefined,
  inference: () => undefined,
  inferenceProviderMapping: () => undefined,
  mask_token: () => undefined,
  'model-index': () => undefined,
  resourceGroup: () => undefined,
  safetensors: () => undefined,
  widgetData: () => undefined,
};

/** `{_id, id, ...properties}`: what `expand` returns, in lists and in model info alike. */
export function expandedFields(
  repo: HubRepo,
  properties: readonly ExpandProperty[],
  ctx: FieldContext,
): Record<string, unknown> {
  const body: Record<string, unknown> = { _id: repo.objectId, id: repo.id };
  for (const property of properties) {
    const value = PROPERTY[property](repo, ctx);
    if (value !== undefined) body[property] = value;
  }
  return body;
}

const LIST_ITEM: readonly ExpandProperty[] = [
  'likes',
  'trendingScore',
  'private',
  'downloads',
  'tags',
  'pipeline_tag',
  'library_name',
  'createdAt',
];

export interface ListExtras {
  full: boolean;
  cardData: boolean;
  config: boolean;
}

/** A list item without `expand` (notes §1.1); `full`, `cardData` and `config` add to it. */
export function listItem(repo: HubRepo, extras: ListExtras, ctx: FieldContext): Record<string, unknown> {
  const body = { ...expandedFields(repo, LIST_ITEM, ctx), modelId: repo.id };
  const more: ExpandProperty[] = [
    ...(extras.full ? (['author', 'sha', 'lastModified', 'gated', 'disabled', 'siblings'] as const) : []),
    ...(extras.cardData ? (['cardData'] as const) : []),
    ...(extras.config ? (['config'] as const) : []),
  ];
  return { ...body, ...expandedFields(repo, more, ctx) };
}

const MODEL_INFO: readonly ExpandProperty[] = [
  'author',
  'sha',
  'lastModified',
  'createdAt',
  'private',
  'gated',
  'disabled',
  'downloads',
  'downloadsAllTime',
  'likes',
  'tags',
  'pipeline_tag',
  'library_name',
  'cardData',
  'config',
  'transformersInfo',
  'siblings',
  'spaces',
  'usedStorage',
];

/** `GET /api/models/{id}[/revision/{rev}]` without `expand`. */
export function modelInfoFields(repo: HubRepo, ctx: FieldContext): Record<string, unknown> {
  return { ...expandedFields(repo, MODEL_INFO, ctx), modelId: repo.id };
}
