/**
 * `GET /api/models/{id}/tree/{rev}[/{path}]?recursive=&expand=`: a folder's entries, shaped as
 * huggingface.js `ApiIndexTreeEntry`: `{type:"file", oid, size, path, lfs?{oid, size,
 * pointerSize}}` and `{type:"directory", oid, size:0, path}`. `oid` is the git blob or tree id
 * and `lfs.oid` the sha256 (loopback-hub-git.ts). Non-recursive lists one level; recursive lists
 * every file and folder below. `expand=true` adds `lastCommit`, and pages are then 50 entries
 * instead of 1000 (hf_api list_repo_tree). The loopback hub keeps no per-file history, so
 * `lastCommit` is the revision's newest commit.
 */
import { gitTreeId, type GitTreeEntry } from './loopback-hub-git.ts';
import type { RepoCommit } from './loopback-hub-history.ts';
import type { RepoFile } from './loopback-hub-models.ts';

export const TREE_PAGE_SIZE = 1000;
export const EXPANDED_TREE_PAGE_SIZE = 50;

export type TreeEntry =
  | {
      type: 'file';
      oid: string;
      size: number;
      path: string;
      lfs?: { oid: string; size: number; pointerSize: number };
      lastCommit?: { id: string; title: string; date: string };
    }
  | {
      type: 'directory';
      oid: string;
      size: 0;
      path: string;
      lastCommit?: { id: string; title: string; date: string };
    };

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Every folder of the repo (`''` is the root) with its direct children. */
function folders(files: readonly RepoFile[]): Map<string, { files: RepoFile[]; dirs: Set<string> }> {
  const map = new Map<string, { files: RepoFile[]; dirs: Set<string> }>([
    ['', { files: [], dirs: new Set() }],
  ]);
  const folder = (path: string) => {
    let entry = map.get(path);
    if (!entry) {
      entry = { files: [], dirs: new Set() };
      map.set(path, entry);
      const parent = parentOf(path);
      folder(parent).dirs.add(path);
    }
    return entry;
  };
  for (const file of files) folder(parentOf(file.path)).files.push(file);
  return map;
}

export type TreeListing =
  { ok: true; entries: TreeEntry[] } | { ok: false; reason: 'not-found' | 'not-a-folder' };

export function listTree(
  files: readonly RepoFile[],
  path: string,
  options: { recursive: boolean; lastCommit?: RepoCommit },
): TreeListing {
  const tree = folders(files);
  if (!tree.has(path)) {
    return { ok: false, reason: files.some((file) => file.path === path) ? 'not-a-folder' : 'not-found' };
  }
  const treeIds = new Map<string, string>();
  const treeId = (dir: string): string => {
    const known = treeIds.get(dir);
    if (known) return known;
    const node = tree.get(dir);
    const entries: GitTreeEntry[] = [
      ...(node?.files ?? []).map((file) => ({
        name: nameOf(file.path),
        kind: 'file' as const,
        oid: file.blobId,
      })),
      ...[...(node?.dirs ?? [])].map((sub) => ({
        name: nameOf(sub),
        kind: 'directory' as const,
        oid: treeId(sub),
      })),
    ];
    const id = gitTreeId(entries);
    treeIds.set(dir, id);
    return id;
  };
  const last = options.lastCommit && {
    lastCommit: { id: options.lastCommit.id, title: options.lastCommit.title, date: options.lastCommit.date },
  };
  const entries: TreeEntry[] = [];
  const visit = (dir: string): void => {
    const node = tree.get(dir);
    if (!node) return;
    for (const sub of node.dirs) {
      entries.push({ type: 'directory', oid: treeId(sub), size: 0, path: sub, ...last });
      if (options.recursive) visit(sub);
    }
    for (const file of node.files) {
      entries.push({
        type: 'file',
        oid: file.blobId,
        size: file.size,
        path: file.path,
        ...(file.lfsPointerSize === undefined
          ? {}
          : { lfs: { oid: file.sha256, size: file.size, pointerSize: file.lfsPointerSize } }),
        ...last,
      });
    }
  };
  visit(path);
  return { ok: true, entries: entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
