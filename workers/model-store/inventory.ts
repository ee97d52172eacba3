/**
 * What is stored, per model, for the Models view; and deleting it. Runs in the worker, over the
 * same CacheStorage the store writes to. Files are identified by the metadata recorded when they
 * were stored, falling back to parsing the key.
 */
import { normalizeHost, parseKey, type FileRef } from './keys.ts';
import { readLastUsed, readStoredMeta } from './metadata.ts';
import { deleteStoreCaches, openStoreCaches, type CacheStorageLike } from './storage.ts';

export interface CachedFile {
  file: string;
  bytes: number;
  contentType: string;
  /** From the ONNX file name's suffix; null for other files. */
  dtype: string | null;
  storedAt: number;
  lastUsed: number;
}

export interface ModelRef {
  /** Host URL without a trailing slash (`https://huggingface.co`, `https://mirror.example/hf`) or `'local'`. */
  host: string;
  model: string;
  /** null for the local folder. */
  revision: string | null;
}

export interface CachedModel extends ModelRef {
  files: CachedFile[];
  totalBytes: number;
  dtypes: string[];
  lastUsed: number;
}

export interface InventoryOptions {
  cacheName?: string;
}

/** transformers.js's DEFAULT_DTYPE_SUFFIX_MAPPING (utils/dtypes.js), longest suffix first. */
const DTYPE_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['_quantized', 'q8'],
  ['_q4f16', 'q4f16'],
  ['_q2f16', 'q2f16'],
  ['_q1f16', 'q1f16'],
  ['_uint8', 'uint8'],
  ['_fp16', 'fp16'],
  ['_int8', 'int8'],
  ['_bnb4', 'bnb4'],
  ['_q4', 'q4'],
  ['_q2', 'q2'],
  ['_q1', 'q1'],
];

/** `onnx/decoder_model_merged_q4f16.onnx` → `q4f16`; external data (`.onnx_data_1`) too. */
export function dtypeOfFile(file: string): string | null {
  const match = /\.onnx(_data(_\d+)?)?$/i.exec(file);
  if (match === null) return null;
  const base = file.slice(0, match.index);
  return DTYPE_SUFFIXES.find(([suffix]) => base.endsWith(suffix))?.[1] ?? 'fp32';
}

interface StoredFile {
  url: string;
  ref: FileRef;
  file: CachedFile;
}

async function readStoredFiles(storage: CacheStorageLike, options: InventoryOptions): Promise<StoredFile[]> {
  const { files, lastUsed } = await openStoreCaches(storage, options.cacheName);
  const out: StoredFile[] = [];
  for (const request of await files.keys()) {
    const response = await files.match(request);
    if (response === undefined) continue; // deleted meanwhile
    const meta = readStoredMeta(response);
    const ref = meta.ref ?? parseKey(request.url);
    if (ref === null) continue; // onnxruntime-web's runtime files, not a model's
    const used = readLastUsed(await lastUsed.match(request)) ?? meta.storedAt;
    out.push({
      url: request.url,
      ref: { ...ref, host: normalizeHost(ref.host) },
      file: {
        file: ref.file,
        bytes: meta.bytes,
        contentType: meta.contentType,
        dtype: dtypeOfFile(ref.file),
        storedAt: meta.storedAt,
        lastUsed: used,
      },
    });
  }
  return out;
}

const groupKey = (ref: ModelRef): string =>
  JSON.stringify([normalizeHost(ref.host), ref.model, ref.revision]);

/** Stored models, most recently used first; each model's files sorted by name. */
export async function listCachedModels(
  storage: CacheStorageLike,
  options: InventoryOptions = {},
): Promise<CachedModel[]> {
  const groups = new Map<string, CachedModel>();
  for (const { ref, file } of await readStoredFiles(storage, options)) {
    const key = groupKey(ref);
    const model = groups.get(key) ?? {
      host: ref.host,
      model: ref.model,
      revision: ref.revision,
      files: [],
      totalBytes: 0,
      dtypes: [],
      lastUsed: 0,
    };
    groups.set(key, model);
    model.files.push(file);
    model.totalBytes += file.bytes;
    model.lastUsed = Math.max(model.lastUsed, file.lastUsed);
    if (file.dtype !== null && !model.dtypes.includes(file.dtype)) model.dtypes.push(file.dtype);
  }
  const models = [...groups.values()];
  for (const model of models) {
    model.files.sort((a, b) => a.file.localeCompare(b.file));
    model.dtypes.sort();
  }
  return models.sort((a, b) => b.lastUsed - a.lastUsed);
}

/** Deletes every stored file of one model at one revision; returns how many were deleted. */
export async function deleteCachedModel(
  storage: CacheStorageLike,
  model: ModelRef,
  options: InventoryOptions = {},
): Promise<number> {
  const wanted = groupKey(model);
  const doomed = (await readStoredFiles(storage, options)).filter(({ ref }) => groupKey(ref) === wanted);
  const { files, lastUsed } = await openStoreCaches(storage, options.cacheName);
  await Promise.all(doomed.flatMap(({ url }) => [files.delete(url), lastUsed.delete(url)]));
  return doomed.length;
}

/** Deletes everything the store holds, onnxruntime-web's runtime files included. */
export async function deleteAll(storage: CacheStorageLike, options: InventoryOptions = {}): Promise<void> {
  await deleteStoreCaches(storage, options.cacheName);
}
