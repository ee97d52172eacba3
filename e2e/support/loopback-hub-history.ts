/**
 * A repo's commit history and refs. Commit ids are 40-hex sha1s of the repo id, position and
 * title, so they stay the same from run to run; a fixture repo's newest commit is instead the
 * content hash of its files (repoCommit), which resolve also sends as X-Repo-Commit.
 *
 * Refs: `main` (also `HEAD` and `refs/heads/main`); real fixture repos also carry the tag
 * `v1.0` at their newest commit (models:pull's tests pin it); a catalog `pullRequest` is one
 * commit on top of main at `refs/pr/1`. A full commit id resolves to that commit and its
 * ancestors. Every commit shows the repo's current files: the loopback hub keeps no old trees.
 */
import type { CatalogCommit } from './loopback-hub-catalog-types.ts';
import { sha1Hex } from './loopback-hub-git.ts';

export interface RepoCommit {
  id: string;
  title: string;
  message: string;
  author: string;
  /** ISO 8601. */
  date: string;
}

/** Ref name → its history, newest first. */
export type RepoRefs = ReadonlyMap<string, readonly RepoCommit[]>;

const DAY_MS = 24 * 60 * 60 * 1000;

function commitId(repoId: string, index: number, title: string): string {
  return sha1Hex(`loopback-hub commit\n${repoId}\n${index}\n${title}`);
}

function toCommit(
  repoId: string,
  index: number,
  commit: CatalogCommit,
  author: string,
  date: number,
): RepoCommit {
  return {
    id: commitId(repoId, index, commit.title),
    title: commit.title,
    message: commit.message ?? '',
    author: commit.author ?? author,
    date: new Date(date).toISOString(),
  };
}

export interface HistoryInput {
  repoId: string;
  author: string;
  /** Oldest first. */
  commits: readonly CatalogCommit[];
  createdAt: string;
  lastModified: string;
  /** Replaces the newest commit's id (a fixture repo's content hash). */
  newestId?: string;
  pullRequest?: CatalogCommit;
  /** Tags pointing at the newest commit. */
  tags?: readonly string[];
}

/**
 * The dates run evenly from createdAt (the first commit) to lastModified (the newest). A repo
 * older than the Hub's creation dates has the 2022-03-02 placeholder as createdAt, often after
 * its last commit; its history then starts 90 days a commit before lastModified.
 */
export function buildRefs(input: HistoryInput): RepoRefs {
  const end = Date.parse(input.lastModified);
  const steps = Math.max(1, input.commits.length - 1);
  const created = Date.parse(input.createdAt);
  const start = created <= end ? created : end - steps * 90 * DAY_MS;
  const oldestFirst = input.commits.map((commit, index) =>
    toCommit(
      input.repoId,
      index,
      commit,
      input.author,
      // Whole seconds, as git stores them.
      input.commits.length === 1 ? end : Math.round((start + ((end - start) * index) / steps) / 1000) * 1000,
    ),
  );
  const newest = oldestFirst[oldestFirst.length - 1];
  if (newest && input.newestId) newest.id = input.newestId;
  const main = oldestFirst.reverse();
  const refs = new Map<string, readonly RepoCommit[]>([['main', main]]);
  for (const tag of input.tags ?? []) refs.set(tag, main);
  if (input.pullRequest) {
    const pr = toCommit(
      input.repoId,
      input.commits.length,
      input.pullRequest,
      input.author,
      end + 3 * DAY_MS,
    );
    refs.set('refs/pr/1', [pr, ...main]);
  }
  return refs;
}

const MAIN_ALIASES = new Set(['HEAD', 'main', 'refs/heads/main']);

/** The history a revision names, newest first; undefined for an unknown revision. */
export function resolveRevision(refs: RepoRefs, revision: string): readonly RepoCommit[] | undefined {
  const name = MAIN_ALIASES.has(revision) ? 'main' : revision.replace(/^refs\/tags\//, '');
  const named = refs.get(name);
  if (named) return named;
  if (!/^[0-9a-f]{40}$/.test(revision)) return undefined;
  for (const history of refs.values()) {
    const index = history.findIndex((commit) => commit.id === revision);
    if (index !== -1) return history.slice(index);
  }
  return undefined;
}
