/**
 * The repo's commit and files with their sizes and hashes, through the official client
 * (`@huggingface/hub` modelInfo + listFiles): one info call and one tree listing (paged by
 * `Link`) instead of a HEAD per file. Undefined when the host has no model API (mirrors often
 * lack it); the plan then probes files one by one.
 */
import { HubApiError, listFiles, modelInfo } from '@huggingface/hub';
import { networkReason, PullError } from '../../src/shared/model-files/errors.ts';
import { isRepoNotFound, type HubTarget } from './hub-client.ts';
import { isHtmlContentType } from './verify.ts';

const REQUEST_TIMEOUT_MS = 30_000;

export interface RepoFile {
  size: number;
  /** The LFS object's sha256 (the tree's `lfs.oid`); small files stored in git have none. */
  sha256?: string;
}

export interface RepoListing {
  sha?: string;
  files: Map<string, RepoFile>;
}

/** What the client's error does not keep: the last answer's X-Error-Code and content type. */
interface LastAnswer {
  repoNotFound: boolean;
  html: boolean;
}

export type RepoLookup =
  { kind: 'listing'; listing: RepoListing } | { kind: 'not-found' } | { kind: 'no-api' };

export async function readRepo(target: HubTarget, explicitRevision: boolean): Promise<RepoLookup> {
  const last: LastAnswer = { repoNotFound: false, html: false };
  const hubFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    last.repoNotFound = response.status === 404 && isRepoNotFound(response);
    last.html = isHtmlContentType(response.headers.get('content-type'));
    return response;
  };
  const common = {
    hubUrl: target.hub,
    fetch: hubFetch,
    ...(target.token ? { accessToken: target.token } : {}),
  };
  try {
    const info = await modelInfo({
      ...common,
      name: target.modelId,
      // Without --revision the client asks for HEAD, the default branch's newest commit.
      ...(explicitRevision ? { revision: target.revision } : {}),
      additionalFields: ['sha'],
    });
    const files = new Map<string, RepoFile>();
    const sha = typeof info.sha === 'string' ? info.sha : undefined;
    const entries = listFiles({
      ...common,
      repo: target.modelId,
      revision: sha ?? target.revision,
      recursive: true,
    });
    for await (const entry of entries) {
      if (entry.type !== 'file') continue;
      files.set(entry.path, {
        size: entry.lfs?.size ?? entry.size,
        ...(entry.lfs ? { sha256: entry.lfs.oid } : {}),
      });
    }
    return { kind: 'listing', listing: { ...(sha ? { sha } : {}), files } };
  } catch (error) {
    // The Hub answers 401 for a repo that does not exist (it will not say whether a private one does).
    if (error instanceof HubApiError) {
      if (error.statusCode === 401 || last.repoNotFound) return { kind: 'not-found' };
      return { kind: 'no-api' };
    }
    if (error instanceof SyntaxError || last.html) return { kind: 'no-api' };
    throw new PullError(
      'network',
      `No answer from ${new URL(target.hub).host} for the model API: ${networkReason(error)}.`,
      'Check the connection, or the host given with --hub / HF_ENDPOINT.',
    );
  }
}
