/** From the view's inputs to the `hub-search` job's query, and the license filter's values. */
import { LICENSE_CHOICES } from '../../shared/hub/license-groups.ts';
import {
  HUB_SORTS,
  LICENSE_GROUPS,
  type HubQuery,
  type LicenseFilter,
  type LicenseGroup,
} from '../../shared/protocol/index.ts';
import type { HubInputs } from './hub-inputs.ts';

const GROUP_PREFIX = 'group:';

export const groupValue = (group: LicenseGroup) => `${GROUP_PREFIX}${group}`;

function isGroup(value: string): value is LicenseGroup {
  return LICENSE_GROUPS.some((g) => g === value);
}

/**
 * The license filter of a select value: `group:<group>` or an exact id. Exact ids are those the
 * filter lists, so a hand-edited URL cannot send anything else to the Hub.
 */
export function licenseFilterOf(value: string): LicenseFilter | null {
  if (value.startsWith(GROUP_PREFIX)) {
    const group = value.slice(GROUP_PREFIX.length);
    return isGroup(group) ? { group } : null;
  }
  return LICENSE_CHOICES.some((c) => c.id === value) ? { exact: value } : null;
}

/** The select value of a license filter ('' for none). */
export function licenseValueOf(filter: LicenseFilter | null): string {
  if (filter === null) return '';
  return 'group' in filter ? groupValue(filter.group) : filter.exact;
}

export type HubFilters = Pick<HubInputs, 'task' | 'browser' | 'license' | 'lang' | 'sort'>;

/** The job's query for the filters, with the search text the job should get (debounced). */
export function toHubQuery(inputs: HubFilters, search: string): HubQuery {
  return {
    search: search.trim(),
    task: inputs.task === '' ? null : inputs.task,
    browserOnly: inputs.browser,
    license: licenseFilterOf(inputs.license),
    language: inputs.lang.trim() === '' ? null : inputs.lang.trim(),
    sort: inputs.sort,
  };
}

/** One string per query, whatever order its properties came in (a stored query, a result's). */
export function queryKey(q: HubQuery): string {
  const license =
    q.license === null ? null : 'group' in q.license ? `g:${q.license.group}` : `e:${q.license.exact}`;
  return JSON.stringify([q.search, q.task, q.browserOnly, license, q.language, q.sort]);
}

export const sameQuery = (a: HubQuery, b: HubQuery) => queryKey(a) === queryKey(b);

function field(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** A stored license filter, rebuilt: `{group}` with a known group, or `{exact}`; undefined when neither. */
function readLicense(v: unknown): LicenseFilter | null | undefined {
  if (v === null) return null;
  if (typeof v !== 'object') return undefined;
  const group = field(v, 'group');
  if (typeof group === 'string') return isGroup(group) ? { group } : undefined;
  const exact = field(v, 'exact');
  return typeof exact === 'string' ? { exact } : undefined;
}

/** A query read back from storage, rebuilt field by field; null when it is not one. */
export function readHubQuery(v: unknown): HubQuery | null {
  if (typeof v !== 'object' || v === null) return null;
  const search = field(v, 'search');
  const task = field(v, 'task');
  const browserOnly = field(v, 'browserOnly');
  const license = readLicense(field(v, 'license'));
  const language = field(v, 'language');
  const sort = HUB_SORTS.find((s) => s === field(v, 'sort'));
  if (typeof search !== 'string' || !stringOrNull(task) || typeof browserOnly !== 'boolean') return null;
  if (!stringOrNull(language) || sort === undefined) return null;
  if (license === undefined) return null;
  return { search, task, browserOnly, license, language, sort };
}

/** The query in words, for a cached result of another search. */
export function describeQuery(q: HubQuery): string {
  const parts = [q.search === '' ? 'all models' : `“${q.search}”`];
  if (q.task) parts.push(`task ${q.task}`);
  if (q.browserOnly) parts.push('runs in this browser');
  if (q.license) parts.push(`license ${'group' in q.license ? q.license.group : q.license.exact}`);
  if (q.language) parts.push(`language ${q.language}`);
  parts.push(`sorted by ${q.sort}`);
  return parts.join(', ');
}
