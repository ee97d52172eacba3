/**
 * The Hub view's state in the page query: `q`, `task`, `browser=1`, `license` (an exact id or
 * `group:<group>`), `lang`, `sort`, `model` (the open detail), `compare` (up to three ids, comma
 * separated) and `tab`. Defaults stay out of the URL; anything a URL gets wrong reads as the default.
 */
import { isValidModelId } from '../../shared/model-catalog.ts';
import { APP_TASKS, OTHER_TEXT_TASKS } from '../../shared/hub/task-views.ts';
import { DEFAULT_INPUTS, HUB_SORTS, HUB_TABS, MAX_COMPARE, type HubInputs } from './hub-inputs.ts';
import { licenseFilterOf } from './hub-query.ts';

/** The keys this view owns in the page query (a link to another view drops them). */
export const HUB_KEYS = [
  'q',
  'task',
  'browser',
  'license',
  'lang',
  'sort',
  'model',
  'compare',
  'tab',
] as const;

/** The tasks the filter offers: the app's own first. */
export const FILTER_TASKS: readonly string[] = [...APP_TASKS, ...OTHER_TEXT_TASKS];

const LANGUAGE = /^(?:[a-z]{2,3}(?:-[a-z0-9]+)*|multilingual)$/i;

/** Up to three distinct valid model ids, in the order given. */
export function parseCompare(value: string | null): string[] {
  if (value === null) return [];
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '' && isValidModelId(id));
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

function modelOf(value: string | null): string | null {
  const id = value?.trim() ?? '';
  return id !== '' && isValidModelId(id) ? id : null;
}

export function hubStateFromQuery(q: URLSearchParams, base: HubInputs = DEFAULT_INPUTS): HubInputs {
  const task = q.get('task') ?? '';
  const license = q.get('license') ?? '';
  const lang = q.get('lang')?.trim() ?? '';
  const browser = q.get('browser');
  return {
    q: q.get('q') ?? base.q,
    task: FILTER_TASKS.includes(task) ? task : base.task,
    browser: browser === null ? base.browser : browser === '1' || browser === 'true',
    license: licenseFilterOf(license) !== null ? license : base.license,
    lang: LANGUAGE.test(lang) ? lang : base.lang,
    sort: HUB_SORTS.find((s) => s === q.get('sort')) ?? base.sort,
    model: modelOf(q.get('model')) ?? base.model,
    compare: q.has('compare') ? parseCompare(q.get('compare')) : base.compare,
    tab: HUB_TABS.find((t) => t === q.get('tab')) ?? base.tab,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | null): void {
  if (value === null || value === '') params.delete(key);
  else params.set(key, value);
}

/** Writes the view's keys into `params` (the page query) and leaves other keys as they are. */
export function writeHubState(params: URLSearchParams, s: HubInputs): void {
  setOrDelete(params, 'q', s.q);
  setOrDelete(params, 'task', s.task);
  setOrDelete(params, 'browser', s.browser ? '1' : null);
  setOrDelete(params, 'license', s.license);
  setOrDelete(params, 'lang', s.lang);
  setOrDelete(params, 'sort', s.sort === DEFAULT_INPUTS.sort ? null : s.sort);
  setOrDelete(params, 'model', s.model);
  setOrDelete(params, 'compare', s.compare.slice(0, MAX_COMPARE).join(','));
  setOrDelete(params, 'tab', s.tab === DEFAULT_INPUTS.tab ? null : s.tab);
}
