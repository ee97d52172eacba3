/**
 * `<out>/<org>/<name>/.glasspipe-pull.json`: what was pulled, from where and at which commit,
 * so a person (or the next pull) can tell what a local model folder holds.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_NAME = '.glasspipe-pull.json';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface PullManifest {
  id: string;
  host: string;
  revision: string;
  commit: string | null;
  dtype: string;
  /** ISO 8601. */
  date: string;
  files: ManifestFile[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFile(value: unknown): ManifestFile[] {
  if (!isRecord(value)) return [];
  const { path, size, sha256 } = value;
  return typeof path === 'string' && typeof size === 'number' && typeof sha256 === 'string'
    ? [{ path, size, sha256 }]
    : [];
}

/** The last pull's manifest; undefined when there is none or it is unreadable (it is only a hint). */
export async function readManifest(dir: string): Promise<PullManifest | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(join(dir, MANIFEST_NAME), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !Array.isArray(value.files)) return undefined;
  const text = (key: string): string => {
    const field = value[key];
    return typeof field === 'string' ? field : '';
  };
  return {
    id: text('id'),
    host: text('host'),
    revision: text('revision'),
    commit: typeof value.commit === 'string' ? value.commit : null,
    dtype: text('dtype'),
    date: text('date'),
    files: value.files.flatMap(parseFile),
  };
}

export async function writeManifest(dir: string, manifest: PullManifest): Promise<void> {
  const path = join(dir, MANIFEST_NAME);
  await writeFile(`${path}.part`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${path}.part`, path);
}
