/**
 * `GET /api/models/{id}/commits/{rev}?limit=&p=`: the history from that revision back, newest
 * first, as `[{id, title, message, authors:[{user, avatar}], date}]`, `limit` commits a page
 * and `p` the page number (from 0), with a Link header to the next page while more remain.
 */
import { createHash } from 'node:crypto';
import type { RepoCommit } from './loopback-hub-history.ts';

export const DEFAULT_COMMITS_LIMIT = 50;

export interface ApiCommit {
  id: string;
  title: string;
  message: string;
  authors: Array<{ user: string; avatar: string }>;
  date: string;
}

/** The Hub's avatar for a user without an uploaded picture: a generated gravatar. */
function avatarOf(user: string): string {
  const hash = createHash('md5').update(user).digest('hex');
  return `https://www.gravatar.com/avatar/${hash}?d=retro&size=100`;
}

export function apiCommit(commit: RepoCommit): ApiCommit {
  return {
    id: commit.id,
    title: commit.title,
    message: commit.message,
    authors: [{ user: commit.author, avatar: avatarOf(commit.author) }],
    date: commit.date,
  };
}
