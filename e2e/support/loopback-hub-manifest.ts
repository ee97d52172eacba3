/**
 * The fixture manifest at the served root, `{ models: [{ id, task, files }] }`, written by
 * `npm run fixtures`: the task of each real repo, which is its Hub pipeline tag.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

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
