/**
 * Everything a pull learns before it writes a byte: the repo's file list (model API, when the
 * host has it), `config.json` (read in memory, so a model we cannot pull leaves nothing behind),
 * the files the dtype needs, and each file's size and hash (HEAD).
 */
import type { PullOptions } from './args.ts';
import { availableDtypes, DTYPES, onnxPath } from '../../src/shared/model-files/dtypes.ts';
import { networkReason, PullError } from '../../src/shared/model-files/errors.ts';
import {
  headFile,
  hostOf,
  htmlError,
  hubRequest,
  isRepoNotFound,
  resolveUrl,
  statusError,
  type HubTarget,
  type RemoteFile,
} from './hub-client.ts';
import { missingOnnxError, selectFiles, sessionsFor } from '../../src/shared/model-files/select.ts';
import { isHtmlContentType, startsLikeHtml } from './verify.ts';

export interface PullPlan {
  files: RemoteFile[];
  /** Optional files the host does not have. */
  absent: string[];
  commit?: string;
  /** False when the host had no model API and files were probed one by one. */
  usedApi: boolean;
}

interface RepoInfo {
  siblings: string[];
  sha?: string;
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

function parseRepoInfo(body: unknown): RepoInfo | undefined {
  if (!isRecord(body) || !Array.isArray(body.siblings)) return undefined;
  const siblings = body.siblings.flatMap((s: unknown) =>
    isRecord(s) && typeof s.rfilename === 'string' ? [s.rfilename] : [],
  );
  return { siblings, ...(typeof body.sha === 'string' ? { sha: body.sha } : {}) };
}

/** The model API's file list; undefined when the host has no usable API (mirrors often lack it). */
async function fetchRepoInfo(options: PullOptions, target: HubTarget): Promise<RepoInfo | undefined> {
  const revision = options.explicitRevision ? `/revision/${encodeURIComponent(options.revision)}` : '';
  const url = `${options.hub}/api/models/${options.modelId}${revision}`;
  const { response } = await hubRequest(target, url, { method: 'GET' });
  // The Hub answers 401 for a repo that does not exist (it will not say whether a private one does).
  if ((response.status === 404 && isRepoNotFound(response)) || response.status === 401) {
    await response.body?.cancel();
    throw notFound(options);
  }
  if (!response.ok || isHtmlContentType(response.headers.get('content-type'))) {
    await response.body?.cancel();
    return undefined;
  }
  try {
    return parseRepoInfo(await response.json());
  } catch {
    return undefined;
  }
}

async function fetchConfig(options: PullOptions, target: HubTarget, info: RepoInfo | undefined) {
  const host = hostOf(options.hub);
  if (info && !info.siblings.includes('config.json')) {
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
  const info = await fetchRepoInfo(options, target);
  const { config, commit } = await fetchConfig(options, target, info);
  const selection = selectFiles({ ...options, host, config, siblings: info?.siblings });
  const files: RemoteFile[] = [];
  const absent: string[] = [];
  for (const wanted of selection.files) {
    const remote = await headFile(target, wanted.path);
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
