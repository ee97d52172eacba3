import { formatBytes } from '../../src/shared/format.ts';

/**
 * Errors the model store raises. Both keep a stable `name` so the worker's error classifier can
 * tell them apart from transformers.js's own errors without parsing messages.
 */

export type CorruptReason =
  'bad-status' | 'html' | 'cut-off' | 'truncated' | 'empty' | 'not-onnx' | 'invalid-json';

/** A download that must not be stored: the host sent something other than the whole file. */
export class CorruptDownloadError extends Error {
  override readonly name = 'CorruptDownloadError';

  constructor(
    readonly file: string,
    readonly url: string,
    readonly reason: CorruptReason,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`"${file}" was not stored: ${detail} (${url}).`, options);
  }
}

/**
 * The browser refused to store a file because the origin's storage quota is full. The name stays
 * `QuotaExceededError` (the DOMException's name) so code that already handles quota keeps working.
 */
export class StoreQuotaError extends Error {
  override readonly name = 'QuotaExceededError';

  constructor(
    readonly file: string,
    readonly bytes: number,
    options?: { cause?: unknown },
  ) {
    super(
      `Browser storage is full: could not store "${file}" (${formatBytes(bytes)}). ` +
        'Delete cached models in the Models view to free space.',
      options,
    );
  }
}

export type ModelStoreError = CorruptDownloadError | StoreQuotaError;

/** DOMException in browsers and Node; Firefox before v85 used NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('name' in error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
