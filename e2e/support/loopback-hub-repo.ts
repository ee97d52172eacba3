/**
 * The served folder seen as Hub repositories: `<root>/<org>/<name>/...` or `<root>/<name>/...`.
 * A folder directly under the root that holds files is a model without an org; one that holds
 * only folders is an org. Hashes are cached by path, size and mtime, so regenerated fixtures
 * are picked up by a running hub.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

const hashCache = new Map<string, { size: number; mtimeMs: number; sha256: string }>();

export async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** Joins already-validated segments under root, and checks the result is still inside it. */
export function pathInside(root: string, segments: string[]): string | undefined {
  const base = resolve(root);
  const path = resolve(base, ...segments);
  return path.startsWith(base + sep) ? path : undefined;
}

export async function fileSha256(path: string, stats: Stats): Promise<string> {
  const cached = hashCache.get(path);
  if (cached && cached.size === stats.size && cached.mtimeMs === stats.mtimeMs) return cached.sha256;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  const sha256 = hash.digest('hex');
  hashCache.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, sha256 });
  return sha256;
}

/** Every file in a repo folder as a `/`-separated path, sorted (the Hub's `siblings`). */
export async function listRepoFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * A stand-in for the repo's commit sha (40 hex digits, like git): a hash of every file's path
 * and content, so it changes exactly when the fixtures change. Sent as X-Repo-Commit and as
 * `sha` in the model info.
 */
export async function repoCommit(dir: string): Promise<string> {
  const hash = createHash('sha1').update('loopback-hub\n');
  for (const file of await listRepoFiles(dir)) {
    const path = join(dir, ...file.split('/'));
    const stats = await stat(path);
    hash.update(`${file}\0${await fileSha256(path, stats)}\n`);
  }
  return hash.digest('hex');
}

export async function repoDir(root: string, repoId: string): Promise<string | undefined> {
  const dir = pathInside(root, repoId.split('/'));
  if (!dir) return undefined;
  const stats = await statOrUndefined(dir);
  return stats?.isDirectory() ? dir : undefined;
}

/** The ids of all repos under root, sorted. */
export async function listRepoIds(root: string): Promise<string[]> {
  const ids: string[] = [];
  for (const top of await readdir(root, { withFileTypes: true })) {
    if (!top.isDirectory()) continue;
    const children = await readdir(join(root, top.name), { withFileTypes: true });
    if (children.some((child) => child.isFile())) {
      ids.push(top.name);
    } else {
      for (const child of children) if (child.isDirectory()) ids.push(`${top.name}/${child.name}`);
    }
  }
  return ids.sort();
}

export function contentTypeFor(file: string): string {
  return file.endsWith('.json') ? 'application/json; charset=utf-8' : 'application/octet-stream';
}
