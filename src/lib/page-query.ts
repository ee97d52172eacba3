/**
 * The page's query string: the state every view keeps in the URL. It lives before the hash
 * (`/?model=…#/summarize`); a query written after the hash (`#/hub?model=…`) is accepted too and
 * folded into it, the value after the hash winning, so there is one place to read and write.
 */

/** `href` with its hash query folded into the search, or null when there is none. */
export function foldHashQuery(href: string): string | null {
  const url = new URL(href);
  const mark = url.hash.indexOf('?');
  if (mark < 0) return null;
  const merged = new URLSearchParams(url.search);
  for (const [key] of new URLSearchParams(url.hash.slice(mark + 1))) merged.delete(key);
  for (const [key, value] of new URLSearchParams(url.hash.slice(mark + 1))) merged.append(key, value);
  url.search = merged.toString();
  url.hash = url.hash.slice(0, mark);
  return url.href;
}

/** The view path of a hash: `#/tasks/sentiment?x=1` → `/tasks/sentiment`. */
export function hashPath(hash: string): string {
  const path = hash.replace(/^#?\/?/, '').split('?')[0] ?? '';
  return `/${path}`;
}

/** Moves a query after the hash to before it (history.replaceState, no navigation). */
export function foldHashQueryInPlace(): void {
  const folded = foldHashQuery(window.location.href);
  if (folded !== null) window.history.replaceState(window.history.state, '', folded);
}

/** Rewrites the page's query in place: `update` edits the keys its view owns and leaves the rest. */
export function replacePageQuery(update: (params: URLSearchParams) => void): void {
  const params = new URLSearchParams(window.location.search);
  const before = params.toString();
  update(params);
  const query = params.toString();
  if (query === before) return;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
  );
}

export interface PageAtLoad {
  /** The view the page opened on (`/summarize`); `/` when the hash names none. */
  path: string;
  /** The page query at load (a query after the hash folded in). */
  query: URLSearchParams;
}

/**
 * The URL the page was opened with, read once when this module is first imported (before any
 * view renders): each view takes its own keys from it only if the page opened on that view.
 */
export const pageAtLoad: PageAtLoad = (() => {
  if (typeof window === 'undefined') return { path: '/', query: new URLSearchParams() };
  foldHashQueryInPlace();
  return { path: hashPath(window.location.hash), query: new URLSearchParams(window.location.search) };
})();

/** The page query at load if the page opened on `path`, else null. */
export function queryAtLoadFor(path: string, isDefault = false): URLSearchParams | null {
  const opened = pageAtLoad.path === path || (isDefault && pageAtLoad.path === '/');
  return opened ? pageAtLoad.query : null;
}
