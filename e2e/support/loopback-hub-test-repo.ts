/** A throwaway folder in Hub layout for the loopback hub's own tests. */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const T5_ID = 'glasspipe-test/tiny-t5';
export const SOLO_ID = 'solo-model';
export const EMPTY_ID = 'glasspipe-test/empty-model';
export const ONNX_FILE = 'onnx/encoder_model_quantized.onnx';
export const SECRET = 'top secret, outside the hub root';

/** Bytes that differ from position to position, so an off-by-one range shows. */
export const ONNX_BYTES = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256));
export const CONFIG_TEXT = JSON.stringify({ model_type: 't5', d_model: 32 });

export interface HubTestRepo {
  /** The hub root; its parent also holds `secret.txt`, to check that traversal is refused. */
  root: string;
  remove(): Promise<void>;
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function createHubTestRepo(): Promise<HubTestRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'loopback-hub-'));
  const root = join(dir, 'hub');
  const files: Record<string, Buffer | string> = {
    [`${T5_ID}/config.json`]: CONFIG_TEXT,
    [`${T5_ID}/${ONNX_FILE}`]: ONNX_BYTES,
    [`${SOLO_ID}/config.json`]: '{"model_type":"bert"}',
    [`${EMPTY_ID}/empty.bin`]: '',
    'manifest.json': JSON.stringify({
      models: [{ id: T5_ID, task: 'summarization', files: [{ path: 'config.json', size: 1, sha256: 'x' }] }],
    }),
  };
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  await writeFile(join(dir, 'secret.txt'), SECRET);
  return { root, remove: () => rm(dir, { recursive: true, force: true }) };
}
