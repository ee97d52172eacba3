export { createModelStore, type ModelStore, type ModelStoreOptions } from './model-store.ts';
export { cacheKeyFor, normalizeHost, type FileRef } from './keys.ts';
export {
  deleteAll,
  deleteCachedModel,
  dtypeOfFile,
  listCachedModels,
  type CachedFile,
  type CachedModel,
  type InventoryOptions,
  type ModelRef,
} from './inventory.ts';
export { CorruptDownloadError, StoreQuotaError, type CorruptReason, type ModelStoreError } from './errors.ts';
export { MODEL_CACHE_NAME, type CacheLike, type CacheStorageLike } from './storage.ts';
export type { PutProgress } from './validate.ts';
export { createVerifyingFetch } from './verifying-fetch.ts';
