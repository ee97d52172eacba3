/** One pull: plan, download each file with progress, then record the manifest. */
import { join, resolve } from 'node:path';
import type { PullOptions } from './args.ts';
import { downloadFile, type DownloadResult } from './download.ts';
import { hostOf, type HubTarget } from './hub-client.ts';
import { readManifest, writeManifest, type PullManifest } from './manifest.ts';
import { planPull } from './plan.ts';
import { formatBytes, ProgressReporter, type OutputStream } from './progress.ts';

export interface PullResult {
  dir: string;
  manifest: PullManifest;
  results: DownloadResult[];
  /** Optional files the host does not have. */
  absent: string[];
}

export async function pull(
  options: PullOptions,
  env: Readonly<Record<string, string | undefined>>,
  out: OutputStream,
): Promise<PullResult> {
  const host = hostOf(options.hub);
  const target: HubTarget = {
    hub: options.hub,
    modelId: options.modelId,
    revision: options.revision,
    ...(env.HF_TOKEN ? { token: env.HF_TOKEN } : {}),
  };
  const plan = await planPull(options, target);
  const dir = resolve(options.out, ...options.modelId.split('/'));
  const total = plan.files.reduce((sum, file) => sum + file.size, 0);
  out.write(
    `Pulling ${options.modelId} (${options.dtype}, revision ${options.revision}) from ${host} into ${dir}: ` +
      `${plan.files.length} files, ${formatBytes(total)}${plan.usedApi ? '' : ' (no model API; probed files)'}\n`,
  );

  // Files without a server hash (small git-stored ones) are checked against the last pull's
  // hash, but only if that pull was of the same commit.
  const previous = await readManifest(dir);
  const sameCommit = previous?.commit != null && previous.commit === plan.commit;
  const known = new Map(sameCommit ? previous.files.map((file) => [file.path, file]) : []);

  const progress = new ProgressReporter(out, total, plan.files.length);
  const results: DownloadResult[] = [];
  try {
    for (const remote of plan.files) {
      progress.startFile(remote.path, remote.size);
      const last = known.get(remote.path);
      const result = await downloadFile(target, remote, join(dir, ...remote.path.split('/')), {
        ...(last?.size === remote.size ? { knownSha256: last.sha256 } : {}),
        onProgress: (bytes) => progress.update(bytes),
      });
      progress.finishFile(result.status);
      results.push(result);
    }
  } finally {
    progress.interrupt();
  }

  const manifest: PullManifest = {
    id: options.modelId,
    host,
    revision: options.revision,
    commit: plan.commit ?? null,
    dtype: options.dtype,
    date: new Date().toISOString(),
    files: results.map(({ path, size, sha256 }) => ({ path, size, sha256 })),
  };
  await writeManifest(dir, manifest);
  return { dir, manifest, results, absent: plan.absent };
}
