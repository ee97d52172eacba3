import { PullError } from '../../src/shared/model-files/errors.ts';
import { selectFiles, type Selection } from '../../src/shared/model-files/select.ts';
import type { Dtype } from '../../src/shared/protocol/index.ts';
import { JobFailure } from '../error-classifier.ts';
import { apiErrorOf, readTree } from '../hub/hub-client.ts';

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
 * Every file of the repo with its size, from one tree listing (`@huggingface/hub` listFiles, paged
 * by `Link`): exact sizes without a request per file, and without following the Hub's redirect of
 * an LFS file to its CDN, which a HEAD from the browser would have to. `undefined` when the host
 * has no tree API (a plain mirror), so the caller falls back to one HEAD per file; `null` when the
 * host says the repo does not exist (the Hub answers 401 for that).
 */
export async function repoFileSizes(
  fetchFn: Fetch,
  host: string,
  model: string,
): Promise<Map<string, number> | null | undefined> {
  try {
    const files = await readTree({ hubUrl: host.replace(/\/+$/, ''), fetch: fetchFn }, model, 'main');
    return new Map(files.map((f) => [f.path, f.bytes]));
  } catch (error) {
    const status = apiErrorOf(error)?.status;
    if (status === 401) return null;
    return undefined;
  }
}

function notFound(model: string, host: string): JobFailure {
  return new JobFailure({
    code: 'model-not-found',
    message: `Model "${model}" was not found on ${host}.`,
    retryable: false,
  });
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
  const sizes = await repoFileSizes(fetchFn, host, model);
  if (sizes === null) throw notFound(model, host);
  const configUrl = fileUrl(host, model, 'config.json');
  const configResponse = await fetchFn(configUrl);
  if (configResponse.status === 404 || configResponse.status === 401) throw notFound(model, host);
  if (!configResponse.ok) {
    throw new Error(`Error (${configResponse.status}) occurred while trying to load file: "${configUrl}".`);
  }
  const config: unknown = await configResponse.json();
  const record = typeof config === 'object' && config !== null ? { ...config } : {};
  let selection: Selection;
  try {
    selection = selectFiles({
      modelId: model,
      host,
      config: record,
      dtype,
      // A tokenizer-only download must not be refused for a dtype it does not fetch.
      siblings: sizes && withWeights ? [...sizes.keys()] : undefined,
    });
  } catch (error) {
    if (!(error instanceof PullError)) throw error;
    // The repo's file list shows the dtype is missing: say which ones it has (selectFiles's message).
    throw new JobFailure({
      code: 'file-not-found',
      message: `${error.message}. It cannot be made available offline with dtype ${dtype}; choose one of those.`,
      retryable: false,
    });
  }
  const wanted = selection.files.filter((f) => withWeights || !f.path.startsWith('onnx/'));
  const planned: PlannedFile[] = [];
  for (const f of wanted) {
    const bytes = sizes ? (sizes.get(f.path) ?? null) : await sizeOf(fetchFn, fileUrl(host, model, f.path));
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
