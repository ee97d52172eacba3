import { useSyncExternalStore } from 'react';
import { navigate } from 'wouter/use-hash-location';
import { foldHashQueryInPlace, hashPath } from '../lib/page-query.ts';

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    // `#/hub?model=…` (a link or a typed URL): the query joins the page query, the route stays.
    foldHashQueryInPlace();
    onChange();
  };
  addEventListener('hashchange', listener);
  return () => removeEventListener('hashchange', listener);
}

const currentPath = () => hashPath(window.location.hash);

/**
 * wouter's hash location, with the route taken from the hash path alone: wouter's own hook
 * matches `/hub?model=x` against `/hub` and fails, which redirected such links to the default view.
 */
export function useHashPathLocation(): [string, typeof navigate] {
  return [useSyncExternalStore(subscribe, currentPath), navigate];
}
