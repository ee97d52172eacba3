/**
 * An in-memory stand-in for the browser's CacheStorage, for tests in Node. It mirrors the parts
 * of the Cache API the store relies on: keys are normalized URLs, `put` reads the whole body
 * before storing anything (a body that fails to read stores nothing), refuses a used body and
 * 206 responses, `match` hands out a fresh Response each time, and a quota can be set to make
 * `put` throw a `QuotaExceededError` DOMException.
 */
import type { CacheLike, CacheStorageLike } from './storage.ts';

interface Entry {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

const urlOf = (request: string | Request): string =>
  typeof request === 'string' ? new Request(request).url : request.url;

export class MemoryCache implements CacheLike {
  readonly entries = new Map<string, Entry>();

  constructor(private readonly room: (replacing: string, adding: number) => boolean) {}

  async match(request: string | Request): Promise<Response | undefined> {
    const entry = this.entries.get(urlOf(request));
    if (entry === undefined) return undefined;
    return new Response(entry.body.slice(), { status: entry.status, headers: entry.headers });
  }

  async put(request: string | Request, response: Response): Promise<void> {
    const url = urlOf(request);
    if (response.bodyUsed) throw new TypeError('Cache.put: response body is already used');
    if (response.status === 206) throw new TypeError('Cache.put: partial response (206)');
    const body = new Uint8Array(await response.arrayBuffer());
    if (!this.room(url, body.byteLength)) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.entries.set(url, { status: response.status, headers: [...response.headers], body });
  }

  async delete(request: string | Request): Promise<boolean> {
    return this.entries.delete(urlOf(request));
  }

  async keys(): Promise<readonly Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

export class MemoryCacheStorage implements CacheStorageLike {
  readonly caches = new Map<string, MemoryCache>();

  /** `quotaBytes` bounds the body bytes of all caches together. */
  constructor(private readonly quotaBytes = Number.POSITIVE_INFINITY) {}

  async open(cacheName: string): Promise<MemoryCache> {
    let cache = this.caches.get(cacheName);
    if (cache === undefined) {
      cache = new MemoryCache((url, adding) => this.usedBytes(cache, url) + adding <= this.quotaBytes);
      this.caches.set(cacheName, cache);
    }
    return cache;
  }

  async delete(cacheName: string): Promise<boolean> {
    return this.caches.delete(cacheName);
  }

  /** Body bytes stored, not counting the entry `url` of `except` that a put would replace. */
  usedBytes(except?: MemoryCache, url?: string): number {
    let total = 0;
    for (const cache of this.caches.values()) {
      for (const [key, entry] of cache.entries) {
        if (cache !== except || key !== url) total += entry.body.byteLength;
      }
    }
    return total;
  }
}
