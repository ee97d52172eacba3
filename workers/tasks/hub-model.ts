/**
 * One model's page: its card and tags (license, languages, datasets, base models), the size of
 * every dtype its task's sessions exist in (one tree listing of `onnx/`), whether each runs on
 * this device and is cached already, its fine-tunes and its recent commits. All through
 * `@huggingface/hub`; the four reads after the model info run at once.
 */
import { licenseGroupOf } from '../../src/shared/hub/license-groups.ts';
import { runsHere } from '../../src/shared/hub/runs-here.ts';
import { isAppTask, viewForTask } from '../../src/shared/hub/task-views.ts';
import { dtypeSizes, unusedOnnxFiles, type DtypeSize } from '../../src/shared/model-files/dtype-sizes.ts';
import type { HubDtype, HubModelDetail, HubModelRow, ModelKind } from '../../src/shared/protocol/index.ts';
import { listCachedModels, normalizeHost } from '../model-store/index.ts';
import { cardFacts } from '../hub/card-facts.ts';
import { hubConnection } from '../hub/connection.ts';
import {
  apiErrorOf,
  listing,
  readCommits,
  readModelInfo,
  readOnnxFiles,
  type HubConnection,
} from '../hub/hub-client.ts';
import { hubFailure } from '../hub/hub-errors.ts';
import { requireModelId } from './job-input.ts';
import { toRow } from './hub-search.ts';
import type { TaskContext, TaskHandler } from './task-context.ts';

const COMMITS_SHOWN = 10;
const FINETUNES_SHOWN = 20;
const SEQ2SEQ_SESSIONS = ['encoder_model', 'decoder_model_merged'];

/** Encoder-decoder architectures, for a repo whose task does not say (transformers.js `MODEL_TYPES.Seq2Seq`). */
const ENCODER_DECODER_TYPES = new Set([
  't5',
  'mt5',
  'longt5',
  'bart',
  'mbart',
  'marian',
  'm2m_100',
  'pegasus',
  'blenderbot',
  'blenderbot-small',
  'led',
]);

function sessionsOf(kind: ModelKind | null, modelType: unknown): string[] {
  if (kind === 'seq2seq') return SEQ2SEQ_SESSIONS;
  if (kind === null && typeof modelType === 'string' && ENCODER_DECODER_TYPES.has(modelType))
    return SEQ2SEQ_SESSIONS;
  return ['model'];
}

/** A repo without an `onnx/` folder has no dtype to offer: the tree answers 404 for the path. */
async function onnxFilesOrNone(connection: HubConnection, model: string, revision: string) {
  try {
    return await readOnnxFiles(connection, model, revision);
  } catch (error) {
    if (apiErrorOf(error)?.status === 404) return [];
    throw error;
  }
}

async function finetunesOf(connection: HubConnection, model: string) {
  const rows: HubModelRow[] = [];
  // One more than shown, to know whether there are more; a popular base has thousands.
  const models = listing(connection, {
    tags: [`base_model:finetune:${model}`],
    sort: 'downloads',
    limit: FINETUNES_SHOWN + 1,
  });
  for await (const item of models) {
    if (rows.length === FINETUNES_SHOWN) return { rows, more: true };
    rows.push(toRow(item));
  }
  return { rows, more: false };
}

/** The files of this model the store holds for this host, whatever revision they came with. */
async function cachedFiles(ctx: TaskContext, host: string, model: string): Promise<Set<string>> {
  const { storage } = ctx.services;
  if (!storage) return new Set();
  const stored = await listCachedModels(storage);
  const here = normalizeHost(host);
  return new Set(
    stored
      .filter((m) => normalizeHost(m.host) === here && m.model === model)
      .flatMap((m) => m.files.map((f) => f.file)),
  );
}

async function describeDtypes(
  ctx: TaskContext,
  host: string,
  model: string,
  sizes: DtypeSize[],
): Promise<HubDtype[]> {
  const caps = await ctx.services.capabilities();
  const cached = await cachedFiles(ctx, host, model);
  return sizes.map((size) => ({
    ...size,
    runs: runsHere({
      dtype: size.dtype,
      bytes: size.bytes,
      caps,
      device: ctx.message.runtime.device,
      largestFileBytes: Math.max(0, ...size.files.map((f) => f.bytes)),
    }),
    cached: size.files.every((f) => cached.has(f.path)),
  }));
}

export const hubModel: TaskHandler<'hub-model'> = {
  subject: (job) => job.model,
  async run(job, ctx) {
    requireModelId(job.model, 'Xenova/distilbart-cnn-6-6');
    const connection = hubConnection(ctx);
    const host = connection.hubUrl;
    const subject = { host, model: job.model, ...(job.revision ? { revision: job.revision } : {}) };
    ctx.emit({ type: 'status', stage: 'loading' });
    try {
      const info = await readModelInfo(connection, job.model, job.revision);
      ctx.throwIfCancelled();
      // Everything else is read at the resolved commit, so the page describes one state of the repo.
      const revision = info.sha ?? job.revision ?? 'main';
      const kind = isAppTask(info.task) ? viewForTask(info.task).kind : null;
      const sessions = sessionsOf(kind, info.config.model_type);
      const [onnxFiles, finetunes, history] = await Promise.all([
        onnxFilesOrNone(connection, info.name, revision),
        finetunesOf(connection, info.name),
        readCommits(connection, info.name, revision, COMMITS_SHOWN),
      ]);
      ctx.throwIfCancelled();
      const sizes = dtypeSizes(sessions, onnxFiles);
      const dtypeDetails = await describeDtypes(ctx, host, info.name, sizes);
      const facts = cardFacts(info.cardData, info.tags);
      const detail: HubModelDetail = {
        id: info.name,
        sha: revision,
        revision: job.revision ?? 'main',
        author: info.author,
        ...facts,
        licenseGroup: licenseGroupOf(facts.license),
        pipelineTag: info.task,
        libraryName: info.libraryName,
        tags: info.tags,
        downloads: info.downloads,
        likes: info.likes,
        lastModified: info.lastModified,
        createdAt: info.createdAt,
        gated: info.gated,
        modelKind: kind,
        sessions,
        dtypes: Object.fromEntries(sizes.map((s) => [s.dtype, s.bytes])),
        dtypeDetails,
        otherOnnxFiles: unusedOnnxFiles(onnxFiles, sizes),
        finetunes,
        commits: history.commits,
        commitsComplete: history.complete,
        fetchedAt: Date.now(),
      };
      return { kind: 'hub-model', host, detail };
    } catch (error) {
      if (ctx.cancelled) throw error;
      throw hubFailure(error, subject);
    }
  },
};
