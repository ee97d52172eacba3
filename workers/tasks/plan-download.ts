import { selectFiles } from '../../src/shared/model-files/select.ts';
import type { Dtype } from '../../src/shared/protocol/index.ts';
import { JobFailure } from '../error-classifier.ts';

export interface PlannedFile {
  file: string;
  bytes: number;
}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export function fileUrl(host: string, model: string, file: string): string {
  return `${host.replace(/\/+$/, '')}/${model}/resolve/main/${file}`;
}

/** Size of one file: a HEAD request, which the Hub and mirrors answer with Content-Length. */
export async function sizeOf(fetchFn: Fetch, url: string): Promise<number | null> {
  const response = await fetchFn(url, { method: 'HEAD' });
  if (response.status === 404 || response.status === 401) return null;
  if (!response.ok)
    throw new Error(`Error (${response.status}) occurred while trying to load file: "${url}".`);
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) ? length : 0;
}

/**
 * The files a model needs for `task` and `dtype`, with their sizes, before anything is
 * downloaded: so the total is known and checked against the free storage first.
 */
export async function planDownload(
  fetchFn: Fetch,
  host: string,
  model: string,
  /** False for a tokenizer-only download: no ONNX sessions. */
  withWeights: boolean,
  dtype: Dtype,
): Promise<PlannedFile[]> {
  const configUrl = fileUrl(host, model, 'config.json');
  const configResponse = await fetchFn(configUrl);
  if (configResponse.status === 404 || configResponse.status === 401) {
    throw new JobFailure({
      code: 'model-not-found',
      message: `Model "${model}" was not found on ${host}.`,
      retryable: false,
    });
  }
  if (!configResponse.ok) {
    throw new Error(`Error (${configResponse.status}) occurred while trying to load file: "${configUrl}".`);
  }
  const config: unknown = await configResponse.json();
  const record = typeof config === 'object' && config !== null ? { ...config } : {};
  const selection = selectFiles({
    modelId: model,
    host,
    config: record,
    dtype,
    siblings: undefined,
  });
  const wanted = selection.files.filter((f) => withWeights || !f.path.startsWith('onnx/'));
  const planned: PlannedFile[] = [];
  for (const f of wanted) {
    const bytes = await sizeOf(fetchFn, fileUrl(host, model, f.path));
    if (bytes === null) {
      if (f.optional) continue;
      throw new JobFailure({
        code: 'file-not-found',
        message: `Model "${model}" has no file "${f.path}" on ${host}; it cannot be made available offline with dtype ${dtype}.`,
        retryable: false,
      });
    }
    planned.push({ file: f.path, bytes });
  }
  return planned;
}
