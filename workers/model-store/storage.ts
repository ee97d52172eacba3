/**
 * The slice of the Cache API the store uses. The browser's `caches` (a `CacheStorage`) fits it
 * as is; tests pass `MemoryCacheStorage`.
 */

export interface CacheLike {
  match(request: string | Request): Promise<Response | undefined>;
  put(request: string | Request, response: Response): Promise<void>;
  delete(request: string | Request): Promise<boolean>;
  keys(): Promise<readonly Request[]>;
}

export interface CacheStorageLike {
  open(cacheName: string): Promise<CacheLike>;
  delete(cacheName: string): Promise<boolean>;
}

/**
 * Our own cache name, not transformers.js's `transformers-cache`: entries there were written
 * without validation (they may hold a dev server's HTML page), so the store never trusts them.
 */
export const MODEL_CACHE_NAME = 'glasspipe-models-v1';

export interface StoreCaches {
  /** The files themselves, with their metadata in headers. */
  files: CacheLike;
  /** One tiny body-less entry per file holding its last-used time: rewriting it is cheap. */
  lastUsed: CacheLike;
}

/**
 * Opened per operation rather than once: `caches.delete(name)` (deleteAll) orphans a Cache
 * object opened earlier, and writes to it would silently go nowhere.
 */
export async function openStoreCaches(
  storage: CacheStorageLike,
  cacheName: string = MODEL_CACHE_NAME,
): Promise<StoreCaches> {
  const [files, lastUsed] = await Promise.all([
    storage.open(cacheName),
    storage.open(`${cacheName}-last-used`),
  ]);
  return { files, lastUsed };
}

export async function deleteStoreCaches(
  storage: CacheStorageLike,
  cacheName: string = MODEL_CACHE_NAME,
): Promise<void> {
  await Promise.all([storage.delete(cacheName), storage.delete(`${cacheName}-last-used`)]);
}
