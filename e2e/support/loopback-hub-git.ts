/**
 * The object ids a Hub repo's git storage would give its files, computed the way git and git-lfs
 * do, so the tree API and `blobs=true` carry ids a client can check:
 * - a plain file's `oid` is its git blob id, `sha1("blob <size>\0" + content)`;
 * - an LFS file is stored in git as a pointer text, so its `oid` is the pointer's blob id and its
 *   `lfs.oid` the sha256 of the content (the `list-files.spec.ts` fixture of huggingface.js for
 *   google-bert/bert-base-uncased checks out exactly this way: pointerSize 134);
 * - a folder's `oid` is a git tree id over its entries.
 */
import { createHash } from 'node:crypto';

/**
 * The Hub's default `.gitattributes` sends these to LFS; `.onnx_data` (and `.onnx_data_1`...)
 * external-data files are LFS too, as they are far above the Hub's 10 MB limit for plain git.
 */
const LFS_PATTERN = /\.(onnx|onnx_data(_\d+)?|safetensors|bin|pt|pth|h5|msgpack|ot|model|tflite|gguf)$/;

export function isLfsPath(path: string): boolean {
  return LFS_PATTERN.test(path);
}

export function sha1Hex(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

export function sha256Hex(...parts: Array<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

export function gitBlobId(content: Buffer | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  return sha1Hex(`blob ${bytes.length}\0`, bytes);
}

/** The git-lfs pointer text that git stores in place of an LFS file. */
export function lfsPointer(sha256: string, size: number): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256}\nsize ${size}\n`;
}

export interface GitTreeEntry {
  name: string;
  kind: 'file' | 'directory';
  oid: string;
}

/**
 * A git tree id: entries sorted as git sorts them (a folder compares as `name/`), each
 * `<mode> <name>\0<20 raw bytes>`.
 */
export function gitTreeId(entries: readonly GitTreeEntry[]): string {
  const sortKey = (entry: GitTreeEntry): string =>
    entry.kind === 'directory' ? `${entry.name}/` : entry.name;
  const sorted = [...entries].sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
  const body = Buffer.concat(
    sorted.map((entry) =>
      Buffer.concat([
        Buffer.from(`${entry.kind === 'directory' ? '40000' : '100644'} ${entry.name}\0`),
        Buffer.from(entry.oid, 'hex'),
      ]),
    ),
  );
  return sha1Hex(`tree ${body.length}\0`, body);
}

/**
 * A Mongo ObjectId-like `_id`: 4 bytes of creation time, then 8 bytes derived from the repo id.
 * The Hub's ids start with the creation second too (0x621ffdc0 is 2022-03-02T23:29:04Z, the
 * date given to every repo older than the Hub's creation dates).
 */
export function objectIdFor(repoId: string, createdAt: string): string {
  const seconds = Math.floor(Date.parse(createdAt) / 1000);
  const time = Number.isFinite(seconds) ? seconds : 0;
  return time.toString(16).padStart(8, '0').slice(-8) + sha1Hex('objectid\n', repoId).slice(0, 16);
}
