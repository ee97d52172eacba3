/**
 * The Models & offline view's jobs: list what the model store holds, delete it, and "make
 * available offline" (plan every file with its size first, then download through the runtime).
 */
import { formatBytes } from '../../src/shared/format.ts';
import type { CacheStorageLike } from '../model-store/index.ts';
import type { JobError, PrefetchJob, PrefetchResult } from '../../src/shared/protocol/index.ts';
import { bundledTokenizer } from '../../src/shared/tokenization/bundled.ts';
import { chooseRuntime } from '../../src/shared/runtime-policy.ts';
import { classifyError, JobFailure } from '../error-classifier.ts';
import { deleteAll, deleteCachedModel, listCachedModels } from '../model-store/index.ts';
import { planDownload } from './plan-download.ts';
import { createProgressReporter } from './progress-reporter.ts';
import type { TaskContext, TaskHandler } from './task-context.ts';

function requireStorage(ctx: TaskContext): CacheStorageLike {
  const { storage } = ctx.services;
  if (storage) return storage;
  throw new JobFailure({
    code: 'quota-exceeded',
    message:
      'This browser gives the app no storage (private mode or storage disabled), so models cannot be kept.',
    retryable: false,
  });
}

export const modelsList: TaskHandler<'models-list'> = {
  subject: () => 'the model cache',
  async run(_job, ctx) {
    const { storage, estimate } = ctx.services;
    const models = storage ? await listCachedModels(storage) : [];
    return { kind: 'models-list', models, storage: await estimate() };
  },
};

export const modelsDelete: TaskHandler<'models-delete'> = {
  subject: () => 'the model cache',
  async run(job, ctx) {
    const storage = requireStorage(ctx);
    // Loaded models may hold the deleted files' sessions: forget them so the next job reloads.
    ctx.services.models.clear();
    if (job.target === 'all') {
      const before = (await listCachedModels(storage)).reduce((n, m) => n + m.files.length, 0);
      await deleteAll(storage);
      return { kind: 'models-delete', deletedFiles: before };
    }
    return { kind: 'models-delete', deletedFiles: await deleteCachedModel(storage, job.target) };
  },
};

/**
 * "Make available offline": plan every model's files and their sizes first, refuse when the
 * free storage is too small (before downloading anything), then load each model through the
 * normal path so its files land in the model store, with progress per file and in total.
 */
export const prefetch: TaskHandler<'prefetch'> = {
  subject: (job) => job.models.map((m) => m.model).join(', '),
  run: (job, ctx) => prefetchModels(job.models, ctx),
};

async function prefetchModels(models: PrefetchJob['models'], ctx: TaskContext): Promise<PrefetchResult> {
  requireStorage(ctx);
  const { source, runtime } = ctx.message;
  const deps = ctx.services;
  if (source.kind !== 'hub') {
    throw new JobFailure({
      code: 'invalid-settings',
      message: 'Local models are already on this machine; only models from a model host are downloaded.',
      retryable: false,
    });
  }
  const choice = chooseRuntime(await deps.runtime.probeCapabilities(), runtime);
  ctx.emit({ type: 'status', stage: 'loading' });
  // Bundled tokenizers come from the app itself, not the model host: they go first, and a host
  // that cannot be reached does not keep them (or any other model) from being stored.
  const ordered = [...models].sort(
    (a, b) => Number(bundledTokenizer(a.model) === null) - Number(bundledTokenizer(b.model) === null),
  );
  const failures: Array<{ model: string; error: JobError }> = [];
  const attempt = async <T>(model: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (error) {
      if (ctx.cancelled) throw error;
      const online = globalThis.navigator?.onLine ?? true;
      failures.push({ model, error: classifyError(error, { model, source, device: 'wasm', online }) });
      return null;
    }
  };
  const planned: PrefetchResult['planned'] = [];
  // A model whose view fixes its dtype (the catalog's, e.g. q4 where a repo has no q8) gets that one.
  const dtypeOf = (model: string) => ordered.find((m) => m.model === model)?.dtype ?? choice.dtype;
  for (const { model, kind } of ordered) {
    const bundled = bundledTokenizer(model);
    // A bundled tokenizer's size is in the app's manifest.
    const files = bundled
      ? [
          { file: 'tokenizer.json', bytes: bundled.bytes.tokenizer },
          { file: 'tokenizer_config.json', bytes: bundled.bytes.config },
        ]
      : await attempt(model, () =>
          planDownload(deps.fetch, source.location, model, kind !== 'tokenizer', dtypeOf(model)),
        );
    ctx.throwIfCancelled();
    if (files === null) continue;
    const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
    ctx.emit({ type: 'plan', model, files, totalBytes });
    planned.push({ model, bytes: totalBytes, files: files.length });
  }
  const needed = planned.reduce((n, p) => n + p.bytes, 0);
  const { usage, quota } = await deps.estimate();
  if (usage !== null && quota !== null && quota - usage < needed) {
    throw new JobFailure({
      code: 'quota-exceeded',
      message: `Not enough storage: these models need ${formatBytes(needed)} but only ${formatBytes(quota - usage)} is free. Delete cached models or free space, then try again.`,
      retryable: false,
    });
  }
  // Mostly files from the model host; a bundled tokenizer among them is counted in the same bar.
  const progress = createProgressReporter(ctx, deps.now, 'download');
  const stored: string[] = [];
  for (const { model } of planned) {
    ctx.throwIfCancelled();
    const kind = ordered.find((m) => m.model === model)?.kind ?? 'tokenizer';
    const done = await attempt(model, async () => {
      // Only the files are wanted: load on WASM (no GPU work) with the dtype the view will run,
      // then free the sessions again.
      const request = { model, source, device: 'wasm' as const, dtype: dtypeOf(model) };
      if (kind === 'tokenizer') await deps.runtime.load('tokenizer', request, progress.onProgress);
      else await (await deps.runtime.load(kind, request, progress.onProgress)).dispose();
      return true;
    });
    if (done) stored.push(model);
  }
  progress.flush();
  if (failures.length > 0) throw prefetchFailure(failures, stored);
  return { kind: 'prefetch', planned };
}

/** One error for the models that could not be stored, each named, and what was stored anyway. */
function prefetchFailure(failures: Array<{ model: string; error: JobError }>, stored: string[]): JobFailure {
  const [first] = failures;
  const reasons = failures.map((f) => f.error.message).join(' ');
  const kept = stored.length > 0 ? ` Stored for offline use anyway: ${stored.join(', ')}.` : '';
  return new JobFailure({
    code: first?.error.code ?? 'internal',
    message: `${reasons}${kept}`,
    retryable: failures.some((f) => f.error.retryable),
  });
}
