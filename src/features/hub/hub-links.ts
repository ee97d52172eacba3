/**
 * Every link the view builds. Model ids and card text come from the Hub and are not trusted: a
 * link is either built from the app's own host with each path segment encoded, or a license link
 * that is a plain https URL.
 */
import type { DeviceChoice, DtypeChoice } from '../../shared/protocol/index.ts';

const encodePath = (id: string) => id.split('/').map(encodeURIComponent).join('/');

/** The model's page on the host: `${host}/${org}/${name}`. */
export function hubModelUrl(host: string, id: string): string {
  return `${host.replace(/\/+$/, '')}/${encodePath(id)}`;
}

/** The host's listing of the model's fine-tunes, as the Hub links them from a model page. */
export function hubFinetunesUrl(host: string, id: string): string {
  return `${host.replace(/\/+$/, '')}/models?other=${encodeURIComponent(`base_model:finetune:${id}`)}`;
}

/** The card's `license_link` when it is an https URL without credentials; null otherwise. */
export function safeLicenseLink(link: string | null): string | null {
  if (link === null) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Page-query keys every view shares (CONTRACT URLs) that a link to another view keeps. */
const KEPT_KEYS = ['hub', 'faults', 'threads'] as const;

export interface TaskLinkInput {
  /** The page's path and query now (`location.pathname`, `location.search`). */
  pathname: string;
  search: string;
  /** The view's hash route, e.g. `/summarize`. */
  path: string;
  model: string;
  /** The page's host and runtime settings now; a host or a setting changed here travels too. */
  hubUrl: string;
  device: DeviceChoice;
  dtype: DtypeChoice;
}

/**
 * A link that opens `model` in another view. The views read `model=` from the page query only
 * when the page loads, so this is a full URL (`?query#/path`), which loads the page. It keeps the
 * keys every view shares (host, runtime, faults, threads), drops the Hub view's own and any other
 * view's (a stale `text=` would fill the target's input), and sets `model`.
 */
export function taskViewHref(input: TaskLinkInput): string {
  const current = new URLSearchParams(input.search);
  const params = new URLSearchParams();
  for (const key of KEPT_KEYS) {
    const value = current.get(key);
    if (value !== null) params.set(key, key === 'hub' ? input.hubUrl : value);
  }
  if (input.device !== 'auto') params.set('device', input.device);
  if (input.dtype !== 'auto') params.set('dtype', input.dtype);
  params.set('model', input.model);
  return `${input.pathname}?${params.toString()}#${input.path}`;
}
