/**
 * Talks to a Hub (or a mirror) with Node's fetch: the model API, HEAD for a file's size and
 * hash, GET with an optional Range. Redirects are followed by hand because the Hub answers
 * a file request with a 302 to its CDN whose headers carry what the CDN response does not:
 * `X-Linked-Size`, `X-Linked-Etag` (the LFS sha256) and `X-Repo-Commit`.
 */
import { networkReason, PullError } from '../../src/shared/model-files/errors.ts';
import { isHtmlContentType, sha256FromEtag } from './verify.ts';

const MAX_REDIRECTS = 5;
const REQUEST_TIMEOUT_MS = 30_000;

export interface HubTarget {
  hub: string;
  modelId: string;
  revision: string;
  /** Sent only to the hub's own origin, never to the CDN it redirects to. */
  token?: string;
}

export interface RemoteFile {
  path: string;
  url: string;
  size: number;
  sha256?: string;
  commit?: string;
}

export interface HubResponse {
  response: Response;
  /** Headers that only the first (Hub) response of a redirect chain carries. */
  linkedSize?: number;
  linkedSha256?: string;
  commit?: string;
}

export function hostOf(hub: string): string {
  return new URL(hub).host;
}

export function resolveUrl(target: HubTarget, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${target.hub}/${target.modelId}/resolve/${encodeURIComponent(target.revision)}/${path}`;
}

/** One request, following redirects; the caller owns the final response's body. */
export async function hubRequest(
  target: HubTarget,
  url: string,
  init: { method: 'GET' | 'HEAD'; range?: string; signal?: AbortSignal },
): Promise<HubResponse> {
  const hubOrigin = new URL(target.hub).origin;
  const result: Omit<HubResponse, 'response'> = {};
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    // identity: undici would otherwise inflate gzip bodies, and then neither Content-Length
    // nor Range offsets would match the bytes we write.
    const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
    if (init.range) headers.Range = init.range;
    if (target.token && new URL(current).origin === hubOrigin)
      headers.Authorization = `Bearer ${target.token}`;
    let response: Response;
    try {
      response = await fetch(current, {
        method: init.method,
        headers,
        redirect: 'manual',
        signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new PullError(
        'network',
        `No answer from ${new URL(current).host} for ${new URL(current).pathname}: ${networkReason(error)}.`,
        'Check the connection, or the host given with --hub / HF_ENDPOINT.',
      );
    }
    result.commit ??= response.headers.get('x-repo-commit') ?? undefined;
    result.linkedSha256 ??= sha256FromEtag(response.headers.get('x-linked-etag'));
    const linkedSize = Number(response.headers.get('x-linked-size') ?? NaN);
    if (result.linkedSize === undefined && Number.isSafeInteger(linkedSize)) result.linkedSize = linkedSize;
    const location = response.headers.get('location');
    if (!isRedirect(response) || !location) return { response, ...result };
    // A HEAD stops at the Hub's redirect to its CDN: the redirect already carries the size and
    // hash, and the CDN's signed URL is signed for GET (a HEAD there can answer 403).
    if (init.method === 'HEAD' && result.linkedSize !== undefined) return { response, ...result };
    await response.body?.cancel();
    current = new URL(location, current).href;
  }
  throw new PullError('server', `Too many redirects for ${url}`);
}

function isRedirect(response: Response): boolean {
  return response.status >= 300 && response.status < 400;
}

/** A Hub error status as a one-line reason: the Hub's X-Error-Message when it sent one. */
export function statusReason(response: Response): string {
  const message = response.headers.get('x-error-message');
  return `HTTP ${response.status}${message ? ` (${message})` : response.statusText ? ` ${response.statusText}` : ''}`;
}

export function statusError(host: string, path: string, response: Response): PullError {
  const denied = response.status === 401 || response.status === 403;
  return new PullError(
    'server',
    `${host} answered ${path} with ${statusReason(response)}.`,
    denied ? 'Gated or private models need HF_TOKEN, and access granted on the model page.' : undefined,
  );
}

export function htmlError(file: string, host: string): PullError {
  return new PullError(
    'html',
    `${host} answered ${file} with an HTML page instead of the file; refused it.`,
    'Check --hub / HF_ENDPOINT: it must point at a Hugging Face Hub or a mirror of it, not a website.',
  );
}

/** HEAD a file: its size, sha256 and commit. Undefined when the file does not exist. */
export async function headFile(target: HubTarget, path: string): Promise<RemoteFile | undefined> {
  const url = resolveUrl(target, path);
  const host = hostOf(target.hub);
  const { response, linkedSize, linkedSha256, commit } = await hubRequest(target, url, { method: 'HEAD' });
  if (response.status === 404) return undefined;
  const atCdnRedirect = isRedirect(response) && linkedSize !== undefined;
  if (!response.ok && !atCdnRedirect) throw statusError(host, path, response);
  if (!atCdnRedirect && isHtmlContentType(response.headers.get('content-type'))) throw htmlError(path, host);
  const size = linkedSize ?? Number(response.headers.get('content-length') ?? NaN);
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new PullError('server', `${host} sent no Content-Length for ${path}; cannot verify it.`);
  }
  const sha256 = linkedSha256 ?? sha256FromEtag(response.headers.get('etag'));
  return { path, url, size, ...(sha256 ? { sha256 } : {}), ...(commit ? { commit } : {}) };
}

/** Whether a 404 says the whole repo is missing (rather than one file, or an unknown route). */
export function isRepoNotFound(response: Response): boolean {
  const code = response.headers.get('x-error-code');
  return code === 'RepositoryNotFound' || code === 'RevisionNotFound';
}
