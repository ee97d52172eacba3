/**
 * The cache transformers.js uses for model files, plugged in with `env.useCustomCache = true;
 * env.customCache = store`. Compared with the library's default (the Cache API used directly) it
 * answers only keys of the active source, never stores a broken download, keeps metadata for
 * the Models view, and turns a full quota into a clear error.
 *
 * How transformers.js 4.3.2 calls it (src/utils/hub.js, loadResourceFile):
 * - `match(localPath)` then `match(remoteURL)` before every file, hit or not;
 * - on a miss it downloads, then `match(cacheKey)` again and, if still absent, `put`:
 *   - usually it has read the body itself and passes `new Response(bytes, { headers })` with
 *     Content-Length rewritten to the byte count; a rejection from `put` is then only logged
 *     (`logger.warn`), so the load goes on with the bytes it read;
 *   - in Node, `.onnx` files are loaded with `return_path`: it passes the live, unread download
 *     with a progress callback, does not catch a rejection, and afterwards reads the file back
 *     with `match(cacheKey)`.
 * So `put` must consume the body itself, and refusals are also kept for `takeErrors()`, because
 * in the browser they never reach the caller of `from_pretrained`.
 */
import type { ModelSource } from '../../src/shared/protocol/index.ts';
import { CorruptDownloadError, isQuotaError, StoreQuotaError, type ModelStoreError } from './errors.ts';
import { fileNameOf, parseKey, sourceOwnsKey, storageUrl } from './keys.ts';
import { lastUsedEntry, storedResponse } from './metadata.ts';
import { MODEL_CACHE_NAME, openStoreCaches, type CacheStorageLike } from './storage.ts';
import { readValidated, type PutProgress } from './validate.ts';

export interface ModelStoreOptions {
  storage: CacheStorageLike;
  cacheName?: string;
  /** The source of the files about to load; keys of any other source are not answered. */
  source?: ModelSource | null;
  now?: () => number;
  /** How often a file's last-used time is rewritten at most; default 10 minutes. */
  lastUsedIntervalMs?: number;
}

/** Structurally a transformers.js `CacheInterface` (match, put, delete), plus our controls. */
export interface ModelStore {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response, progress?: (p: PutProgress) => void): Promise<void>;
  delete(key: string): Promise<boolean>;
  /** Call before each load: which source's keys `match` may answer. */
  setSource(source: ModelSource | null): void;
  /** Whether the file under `key` (see `cacheKeyFor`) is stored, whatever the active source. */
  has(key: string): Promise<boolean>;
  /** Files refused or not stored since the last call, oldest first; clears the list. */
  takeErrors(): ModelStoreError[];
}

const DEFAULT_LAST_USED_INTERVAL_MS = 10 * 60 * 1000;

export function createModelStore(options: ModelStoreOptions): ModelStore {
  const { storage } = options;
  const cacheName = options.cacheName ?? MODEL_CACHE_NAME;
  const now = options.now ?? Date.now;
  const interval = options.lastUsedIntervalMs ?? DEFAULT_LAST_USED_INTERVAL_MS;
  let source = options.source ?? null;
  let errors: ModelStoreError[] = [];
  /** Stored URL → when this store last wrote its last-used time. */
  const touched = new Map<string, number>();

  async function touch(url: string, force = false): Promise<void> {
    const at = now();
    const last = touched.get(url);
    if (!force && last !== undefined && at - last < interval) return;
    touched.set(url, at);
    try {
      await (await openStoreCaches(storage, cacheName)).lastUsed.put(url, lastUsedEntry(at));
    } catch {
      // Last-used only orders the Models view; losing one update must not fail a load.
    }
  }

  async function store(key: string, response: Response, progress?: (p: PutProgress) => void): Promise<void> {
    const ref = parseKey(key, source);
    const file = ref?.file ?? fileNameOf(key);
    const bytes = await readValidated(file, key, response, progress);
    const url = storageUrl(key);
    const { files } = await openStoreCaches(storage, cacheName);
    try {
      await files.put(url, storedResponse(bytes, response.headers.get('content-type'), ref, now()));
    } catch (error) {
      if (isQuotaError(error)) throw new StoreQuotaError(file, bytes.byteLength, { cause: error });
      throw error;
    }
    await touch(url, true);
  }

  return {
    async match(key) {
      if (!sourceOwnsKey(source, key)) return undefined;
      const url = storageUrl(key);
      const hit = await (await openStoreCaches(storage, cacheName)).files.match(url);
      if (hit !== undefined) await touch(url);
      return hit;
    },

    async put(key, response, progress) {
      try {
        await store(key, response, progress);
      } catch (error) {
        if (error instanceof CorruptDownloadError || error instanceof StoreQuotaError) errors.push(error);
        throw error;
      }
    },

    async delete(key) {
      const url = storageUrl(key);
      const { files, lastUsed } = await openStoreCaches(storage, cacheName);
      touched.delete(url);
      const [deleted] = await Promise.all([files.delete(url), lastUsed.delete(url)]);
      return deleted;
    },

    setSource(next) {
      source = next;
    },

    async has(key) {
      return (await (await openStoreCaches(storage, cacheName)).files.match(storageUrl(key))) !== undefined;
    },

    takeErrors() {
      const taken = errors;
      errors = [];
      return taken;
    },
  };
}
