/**
 * Everything a pull learns before it writes a byte: the repo's commit and files with their sizes
 * and hashes (model API and tree listing, when the host has them), `config.json` (read in memory,
 * so a model we cannot pull leaves nothing behind), the files the dtype needs, and, on a host
 * without the API, each file's size and hash from a HEAD.
 */
import type { PullOptions } from './args.ts';
import { availableDtypes, DTYPES, onnxPath } from '../../src/shared/model-files/dtypes.ts';
import { networkReason, PullError } from '../../src/shared/model-files/errors.ts';
import {
  headFile,
  hostOf,
  htmlError,
  hubRequest,
  resolveUrl,
  statusError,
  type HubTarget,
  type RemoteFile,
} from './hub-client.ts';
import { missingOnnxError, selectFiles, sessionsFor } from '../../src/shared/model-files/select.ts';
import { readRepo, type RepoListing } from './repo-api.ts';
import { isHtmlContentType, startsLikeHtml } from './verify.ts';

export interface PullPlan {
  files: RemoteFile[];
  /** Optional files the host does not have. */
  absent: string[];
  commit?: string;
  /** False when the host had no model API and files were probed one by one. */
  usedApi: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notFound(options: PullOptions, detail = ''): PullError {
  const revision = options.explicitRevision ? ` at revision ${options.revision}` : '';
  return new PullError(
    'not-found',
    `Model ${options.modelId} was not found on ${hostOf(options.hub)}${revision}${detail}.`,
    'Check the id on the Hub (it is case-sensitive); gated or private models need HF_TOKEN.',
  );
}

/** The repo's files from the model API (info + tree); undefined when the host has none. */
async function fetchRepoListing(options: PullOptions, target: HubTarget): Promise<RepoListing | undefined> {
  const lookup = await readRepo(target, options.explicitRevision);
  if (lookup.kind === 'not-found') throw notFound(options);
  return lookup.kind === 'listing' ? lookup.listing : undefined;
}

async function fetchConfig(options: PullOptions, target: HubTarget, info: RepoListing | undefined) {
  const host = hostOf(options.hub);
  if (info && !info.files.has('config.json')) {
    throw new PullError(
      'missing-file',
      `${options.modelId} has no config.json on ${host}; is it a transformers.js model?`,
    );
  }
  const { response, commit } = await hubRequest(target, resolveUrl(target, 'config.json'), { method: 'GET' });
  if (response.status === 404 || response.status === 401) {
    await response.body?.cancel();
    throw notFound(options, ' (no config.json)');
  }
  if (!response.ok) throw statusError(host, 'config.json', response);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new PullError(
      'network',
      `The connection to ${host} was cut reading config.json: ${networkReason(error)}.`,
    );
  }
  if (isHtmlContentType(response.headers.get('content-type')) || startsLikeHtml(bytes)) {
    throw htmlError('config.json', host);
  }
  let config: unknown;
  try {
    config = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new PullError('server', `${host} sent a config.json that is not valid JSON.`);
  }
  if (!isRecord(config))
    throw new PullError('server', `${host} sent a config.json that is not a JSON object.`);
  return { config, commit };
}

/** Without a file list, the dtypes on offer are found by asking for each one's first file. */
async function probeDtypes(target: HubTarget, sessions: string[]) {
  const found = new Set<string>();
  for (const dtype of DTYPES) {
    const paths = sessions.map((session) => onnxPath(session, dtype));
    const heads = await Promise.all(paths.map((path) => headFile(target, path)));
    if (heads.every(Boolean)) paths.forEach((path) => found.add(path));
  }
  return availableDtypes(sessions, found);
}

export async function planPull(options: PullOptions, target: HubTarget): Promise<PullPlan> {
  const host = hostOf(options.hub);
  const info = await fetchRepoListing(options, target);
  const { config, commit } = await fetchConfig(options, target, info);
  const selection = selectFiles({
    ...options,
    host,
    config,
    siblings: info ? [...info.files.keys()] : undefined,
  });
  const files: RemoteFile[] = [];
  const absent: string[] = [];
  for (const wanted of selection.files) {
    const listed = info?.files.get(wanted.path);
    const remote = listed
      ? {
          path: wanted.path,
          url: resolveUrl(target, wanted.path),
          size: listed.size,
          ...(listed.sha256 ? { sha256: listed.sha256 } : {}),
        }
      : info
        ? undefined
        : await headFile(target, wanted.path);
    if (remote) files.push(remote);
    else if (wanted.optional) absent.push(wanted.path);
    else if (wanted.path.endsWith('.onnx') && !info) {
      throw missingOnnxError(
        options.modelId,
        wanted.path,
        host,
        await probeDtypes(target, sessionsFor(config)),
      );
    } else throw new PullError('missing-file', `${options.modelId} has no ${wanted.path} on ${host}.`);
  }
  const sha = commit ?? info?.sha ?? files.find((file) => file.commit)?.commit;
  return {
    files,
    absent,
    usedApi: info !== undefined,
    ...(sha ? { commit: sha } : {}),
  };
}
