/**
 * The repos the loopback hub's model API serves: every repo folder under the served root
 * (files, config.json and newest commit from disk; metadata from the catalog entry with the
 * same id, or plain defaults), plus the catalog's metadata-only repos, whose files are a
 * declared list with sizes and only config.json has bytes (synthesized from the catalog).
 * A catalog fixture entry whose folder is missing is left out.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  CatalogCard,
  CatalogConfig,
  CatalogModel,
  Gated,
  MetadataCatalogModel,
} from './loopback-hub-catalog-types.ts';
import { gitBlobId, isLfsPath, lfsPointer, objectIdFor, sha1Hex, sha256Hex } from './loopback-hub-git.ts';
import { buildRefs, type RepoRefs } from './loopback-hub-history.ts';
import { readManifestTasks } from './loopback-hub-manifest.ts';
import { fileSha256, listRepoFiles, listRepoIds, repoCommit, repoDir } from './loopback-hub-repo.ts';
import { baseModelsOf, computeTags, transformersInfoOf, type BaseModels } from './loopback-hub-tags.ts';

export type FileContent =
  { kind: 'disk'; path: string } | { kind: 'memory'; bytes: Buffer } | { kind: 'none' };

export interface RepoFile {
  path: string;
  size: number;
  /** sha256 of the content (the LFS oid, and the ETag resolve sends). */
  sha256: string;
  /** The git blob id: of the content, or of the LFS pointer for an LFS file. */
  blobId: string;
  /** Set for LFS files: the size of the pointer git stores. */
  lfsPointerSize?: number;
  content: FileContent;
}

export interface HubRepo {
  id: string;
  objectId: string;
  author: string;
  /** No bytes on disk: a catalog entry modelled on a real repo. */
  metadataOnly: boolean;
  card: CatalogCard;
  pipelineTag: string | undefined;
  libraryName: string | undefined;
  gated: Gated;
  downloads: number;
  downloadsAllTime: number;
  likes: number;
  trendingScore: number;
  createdAt: string;
  lastModified: string;
  config: CatalogConfig | undefined;
  tags: string[];
  baseModels: BaseModels | undefined;
  transformersInfo: ReturnType<typeof transformersInfoOf>;
  spaces: string[];
  files: RepoFile[];
  refs: RepoRefs;
}

const blobIdCache = new Map<string, { size: number; mtimeMs: number; blobId: string }>();

async function diskFile(dir: string, path: string): Promise<RepoFile & { mtimeMs: number }> {
  const full = join(dir, ...path.split('/'));
  const stats = await stat(full);
  const sha256 = await fileSha256(full, stats);
  const base = {
    path,
    size: stats.size,
    sha256,
    mtimeMs: stats.mtimeMs,
    content: { kind: 'disk', path: full } as const,
  };
  if (isLfsPath(path)) {
    const pointer = lfsPointer(sha256, stats.size);
    return { ...base, blobId: gitBlobId(pointer), lfsPointerSize: Buffer.byteLength(pointer) };
  }
  const cached = blobIdCache.get(full);
  if (cached && cached.size === stats.size && cached.mtimeMs === stats.mtimeMs)
    return { ...base, blobId: cached.blobId };
  const blobId = gitBlobId(await readFile(full));
  blobIdCache.set(full, { size: stats.size, mtimeMs: stats.mtimeMs, blobId });
  return { ...base, blobId };
}

/** A declared file with no bytes: its hashes are made up, but stable and well-formed. */
function declaredFile(repoId: string, path: string, size: number): RepoFile {
  const sha256 = sha256Hex(`loopback-hub metadata-only\n${repoId}\n${path}\n${size}`);
  if (!isLfsPath(path))
    return { path, size, sha256, blobId: sha1Hex(`loopback-hub blob\n${sha256}`), content: { kind: 'none' } };
  const pointer = lfsPointer(sha256, size);
  return {
    path,
    size,
    sha256,
    blobId: gitBlobId(pointer),
    lfsPointerSize: Buffer.byteLength(pointer),
    content: { kind: 'none' },
  };
}

/** The config.json a metadata-only repo serves, so a config probe behaves as on the Hub. */
export function synthesizedConfig(config: CatalogConfig): Buffer {
  return Buffer.from(`${JSON.stringify(config, null, 2)}\n`);
}

function memoryFile(path: string, bytes: Buffer): RepoFile {
  return {
    path,
    size: bytes.length,
    sha256: sha256Hex(bytes),
    blobId: gitBlobId(bytes),
    content: { kind: 'memory', bytes },
  };
}

async function diskConfig(dir: string): Promise<CatalogConfig | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('model_type' in parsed)) return undefined;
  const { model_type: modelType } = parsed;
  if (typeof modelType !== 'string') return undefined;
  const architectures =
    'architectures' in parsed && Array.isArray(parsed.architectures)
      ? parsed.architectures.filter((a): a is string => typeof a === 'string')
      : undefined;
  return architectures ? { architectures, model_type: modelType } : { model_type: modelType };
}

interface RepoParts {
  id: string;
  entry: CatalogModel | undefined;
  files: RepoFile[];
  config: CatalogConfig | undefined;
  pipelineTag: string | undefined;
  metadataOnly: boolean;
  /** For repos the catalog does not know: when their files were last written. */
  filesDate: string;
  newestId?: string;
  tags?: string[];
}

function assemble(parts: RepoParts): HubRepo {
  const { id, entry } = parts;
  const author = id.includes('/') ? id.slice(0, id.indexOf('/')) : id;
  const card = entry?.card ?? {};
  const createdAt = entry?.createdAt ?? parts.filesDate;
  const lastModified = entry?.lastModified ?? parts.filesDate;
  const libraryName = entry?.library_name ?? 'transformers.js';
  const filePaths = parts.files.map((file) => file.path);
  const history = entry?.history ?? [{ title: 'Upload fixture files' }];
  return {
    id,
    objectId: entry?.objectId ?? objectIdFor(id, createdAt),
    author,
    metadataOnly: parts.metadataOnly,
    card,
    pipelineTag: parts.pipelineTag,
    libraryName,
    gated: entry?.gated ?? false,
    downloads: entry?.downloads ?? 0,
    downloadsAllTime: entry?.downloadsAllTime ?? 0,
    likes: entry?.likes ?? 0,
    trendingScore: entry?.trendingScore ?? 0,
    createdAt,
    lastModified,
    config: parts.config,
    tags: computeTags({
      card,
      libraryName,
      pipelineTag: parts.pipelineTag,
      config: parts.config,
      filePaths,
      hubTags: entry?.hubTags ?? [],
    }),
    baseModels: baseModelsOf(card, filePaths),
    transformersInfo: transformersInfoOf(libraryName, parts.config, parts.pipelineTag),
    spaces: entry?.spaces ?? [],
    files: parts.files,
    refs: buildRefs({
      repoId: id,
      author,
      commits: history,
      createdAt,
      lastModified,
      ...(parts.newestId ? { newestId: parts.newestId } : {}),
      ...(entry?.pullRequest ? { pullRequest: entry.pullRequest } : {}),
      ...(parts.tags ? { tags: parts.tags } : {}),
    }),
  };
}

async function diskRepo(
  root: string,
  id: string,
  entry: CatalogModel | undefined,
  task: string | undefined,
): Promise<HubRepo | undefined> {
  const dir = await repoDir(root, id);
  if (!dir) return undefined;
  const files = await Promise.all((await listRepoFiles(dir)).map((path) => diskFile(dir, path)));
  const newestWrite = Math.max(0, ...files.map((file) => file.mtimeMs));
  return assemble({
    id,
    entry,
    metadataOnly: false,
    files: files.map(({ mtimeMs: _mtimeMs, ...file }) => file),
    config: await diskConfig(dir),
    pipelineTag: task ?? entry?.pipeline_tag,
    filesDate: new Date(Math.floor(newestWrite / 1000) * 1000).toISOString(),
    newestId: await repoCommit(dir),
    // models:pull's tests pin `--revision v1.0`; the resolve route serves any revision.
    tags: ['v1.0'],
  });
}

export function metadataRepo(entry: MetadataCatalogModel): HubRepo {
  const declared = entry.files
    .filter((file) => file.path !== 'config.json')
    .map((file) => declaredFile(entry.id, file.path, file.size));
  const files = [...declared, memoryFile('config.json', synthesizedConfig(entry.config))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return assemble({
    id: entry.id,
    entry,
    metadataOnly: true,
    files,
    config: entry.config,
    pipelineTag: entry.pipeline_tag,
    filesDate: entry.lastModified,
  });
}

/** Every repo served, sorted by id. */
export async function loadRepos(root: string, catalog: readonly CatalogModel[]): Promise<HubRepo[]> {
  const byId = new Map(catalog.map((entry) => [entry.id, entry]));
  const tasks = await readManifestTasks(root);
  const diskIds = await listRepoIds(root);
  const onDisk = await Promise.all(diskIds.map((id) => diskRepo(root, id, byId.get(id), tasks.get(id))));
  const repos = onDisk.filter((repo) => repo !== undefined);
  const diskIdSet = new Set(diskIds);
  for (const entry of catalog) {
    if (entry.source === 'metadata' && !diskIdSet.has(entry.id)) repos.push(metadataRepo(entry));
  }
  return repos.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many served repos name `id` as a base model, whatever the relation. */
export function childrenModelCount(repos: readonly HubRepo[], id: string): number {
  return repos.filter((repo) => repo.baseModels?.models.includes(id)).length;
}
