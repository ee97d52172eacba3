/**
 * Search the Hub's models: the query's filters go to the Hub as its own parameters (`search`,
 * `pipeline_tag`, repeated `filter=` tags for the library, an exact license and the language);
 * a license *group* is not a Hub filter, so it is applied here to the rows the Hub sends. The
 * listing stays open in the worker, and a later job for more rows reads on from its next page.
 */
import { licenseFromTags, licenseGroupOf } from '../../src/shared/hub/license-groups.ts';
import type { HubModelRow, HubQuery, HubSearchResult } from '../../src/shared/protocol/index.ts';
import { HUB_SORTS } from '../../src/shared/protocol/index.ts';
import { JobFailure } from '../error-classifier.ts';
import { hubConnection } from '../hub/connection.ts';
import { isPipelineType, listing, type ListedModel, type ListingSearch } from '../hub/hub-client.ts';
import { hubFailure } from '../hub/hub-errors.ts';
import { ListingSessions, type ListingSession } from '../hub/listing-sessions.ts';
import type { TaskContext, TaskHandler } from './task-context.ts';

/** More rows than a person scrolls through; past it, the view says to narrow the search. */
export const MAX_ROWS = 5_000;

function invalid(message: string): JobFailure {
  return new JobFailure({ code: 'invalid-settings', message, retryable: false });
}

function checkQuery(query: HubQuery, count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_ROWS) {
    throw invalid(
      `A search shows 1 to ${MAX_ROWS} rows; ${count} were asked for. Narrow the search instead.`,
    );
  }
  if (!HUB_SORTS.some((sort) => sort === query.sort)) throw invalid(`Unknown sort "${query.sort}".`);
  if (query.task !== null && !isPipelineType(query.task)) {
    throw invalid(`"${query.task}" is not a Hub task (pipeline tag), such as "summarization".`);
  }
  if (query.language !== null && !/^[a-z]{2,3}(?:[-_][a-z0-9]+)*$|^multilingual$/i.test(query.language)) {
    throw invalid(`"${query.language}" is not a language code such as "en" or "fr".`);
  }
  if (query.license && 'exact' in query.license && !/^[a-z0-9.+-]+$/i.test(query.license.exact)) {
    throw invalid(`"${query.license.exact}" is not a license id such as "apache-2.0".`);
  }
}

export function hubTags(query: HubQuery): string[] {
  const tags: string[] = [];
  if (query.browserOnly) tags.push('transformers.js');
  if (query.license && 'exact' in query.license) tags.push(`license:${query.license.exact}`);
  if (query.language) tags.push(query.language);
  return tags;
}

export function toRow(model: ListedModel): HubModelRow {
  return {
    id: model.name,
    downloads: model.downloads,
    likes: model.likes,
    lastModified: model.lastModified,
    pipeline_tag: model.task,
    license: licenseFromTags(model.tags),
    gated: model.gated,
    browserReady: model.tags.includes('transformers.js'),
  };
}

function openSession(ctx: TaskContext, query: HubQuery): ListingSession {
  const connection = hubConnection(ctx);
  const session: ListingSession = {
    rows: [],
    scanned: 0,
    pages: 0,
    done: false,
    queue: Promise.resolve(),
    fetchedAt: Date.now(),
    next: async () => undefined,
  };
  const counted = {
    hubUrl: connection.hubUrl,
    fetch: (url: string, init?: RequestInit) => {
      session.pages += 1;
      session.fetchedAt = Date.now();
      return connection.fetch(url, init);
    },
  };
  const search: ListingSearch = {
    ...(query.search.trim() ? { query: query.search.trim() } : {}),
    ...(query.task ? { task: query.task } : {}),
    tags: hubTags(query),
    sort: query.sort,
  };
  const group = query.license && 'group' in query.license ? query.license.group : null;
  const models = listing(counted, search);
  session.next = async () => {
    const item = await models.next();
    if (item.done) return undefined;
    const row = toRow(item.value);
    return group === null || licenseGroupOf(row.license) === group ? row : 'filtered';
  };
  return session;
}

async function readRows(session: ListingSession, count: number, ctx: TaskContext): Promise<void> {
  while (session.rows.length < count && !session.done) {
    ctx.throwIfCancelled();
    const row = await session.next();
    if (row === undefined) session.done = true;
    else {
      session.scanned += 1;
      if (row !== 'filtered') session.rows.push(row);
    }
  }
}

export const hubSearch: TaskHandler<'hub-search'> = {
  subject: (job) =>
    job.query.search.trim() ? `the search "${job.query.search.trim()}"` : 'the model search',
  async run(job, ctx): Promise<HubSearchResult> {
    checkQuery(job.query, job.count);
    const host = hubConnection(ctx).hubUrl;
    const key = ListingSessions.key(host, job.query);
    const sessions = ctx.services.hubListings;
    const session = sessions.get(key) ?? openSession(ctx, job.query);
    sessions.set(key, session);
    ctx.emit({ type: 'status', stage: 'loading' });
    // Jobs on one listing take turns: each reads on from where the one before it stopped.
    const turn = session.queue.then(() => readRows(session, job.count, ctx));
    session.queue = turn.catch(() => undefined);
    try {
      await turn;
    } catch (error) {
      if (ctx.cancelled) throw error;
      sessions.drop(key);
      throw hubFailure(error, { host });
    }
    return {
      kind: 'hub-search',
      host,
      query: job.query,
      rows: session.rows.slice(0, job.count),
      more: !session.done || session.rows.length > job.count,
      scanned: session.scanned,
      pages: session.pages,
      fetchedAt: session.fetchedAt,
    };
  },
};
