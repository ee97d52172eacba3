/**
 * The two Hub API endpoints the app may call: model info (`/api/models/{id}`) and search
 * (`/api/models?search=`). The task comes from the fixture manifest at the root,
 * `{ models: [{ id, task, files }] }`, when there is one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listRepoFiles, listRepoIds, repoCommit, repoDir } from './loopback-hub-repo.ts';

export interface HubModelInfo {
  id: string;
  modelId: string;
  sha: string;
  private: false;
  pipeline_tag?: string;
  tags: string[];
  siblings: Array<{ rfilename: string }>;
}

export interface HubModelSummary {
  id: string;
  pipeline_tag?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Model id → task from `<root>/manifest.json`; empty without a manifest. A malformed one throws. */
export async function readManifestTasks(root: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(join(root, 'manifest.json'), 'utf8');
  } catch {
    return new Map();
  }
  const manifest: unknown = JSON.parse(text);
  if (!isRecord(manifest) || !Array.isArray(manifest.models)) {
    throw new Error('manifest.json: expected { "models": [...] }');
  }
  const tasks = new Map<string, string>();
  for (const model of manifest.models) {
    if (isRecord(model) && typeof model.id === 'string' && typeof model.task === 'string') {
      tasks.set(model.id, model.task);
    }
  }
  return tasks;
}

export async function modelInfo(root: string, repoId: string): Promise<HubModelInfo | undefined> {
  const dir = await repoDir(root, repoId);
  if (!dir) return undefined;
  const files = await listRepoFiles(dir);
  const task = (await readManifestTasks(root)).get(repoId);
  const tags = ['transformers.js'];
  if (files.some((file) => file.endsWith('.onnx'))) tags.push('onnx');
  if (task) tags.push(task);
  return {
    id: repoId,
    modelId: repoId,
    sha: await repoCommit(dir),
    private: false,
    ...(task ? { pipeline_tag: task } : {}),
    tags,
    siblings: files.map((rfilename) => ({ rfilename })),
  };
}

/** Repos whose id contains `search` (case-insensitive); all repos for an empty search. */
export async function searchModels(root: string, search: string): Promise<HubModelSummary[]> {
  const tasks = await readManifestTasks(root);
  const needle = search.toLowerCase();
  return (await listRepoIds(root))
    .filter((id) => id.toLowerCase().includes(needle))
    .map((id) => {
      const task = tasks.get(id);
      return task ? { id, pipeline_tag: task } : { id };
    });
}
