/**
 * Loads the bundled tokenizers in Node exactly as the app serves them: the emitted files are
 * written to a temporary folder in the Hub layout and read by transformers.js `AutoTokenizer`
 * as local models. Used by the Node tests and the benchmark.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoTokenizer, env, type PreTrainedTokenizer } from '@huggingface/transformers';
import { BUNDLED_TOKENIZERS } from '../../src/shared/tokenization/bundled.ts';
import { emitTokenizer } from './emit.ts';

let folder: string | null = null;

/** The temporary folder with `<name>/tokenizer.json` and `<name>/tokenizer_config.json` for each. */
export function emittedFolder(): string {
  if (folder !== null) return folder;
  const root = mkdtempSync(join(tmpdir(), 'glasspipe-tokenizers-'));
  for (const entry of BUNDLED_TOKENIZERS) {
    const files = emitTokenizer(entry);
    mkdirSync(join(root, entry.name));
    writeFileSync(join(root, entry.name, 'tokenizer.json'), files.tokenizer);
    writeFileSync(join(root, entry.name, 'tokenizer_config.json'), files.config);
  }
  folder = root;
  return root;
}

/** Loads a tokenizer from a local folder only (no network): `<root>/<name>/`. */
export async function loadLocalTokenizer(root: string, name: string): Promise<PreTrainedTokenizer> {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = root.endsWith('/') ? root : `${root}/`;
  return AutoTokenizer.from_pretrained(name);
}

export function loadBundledTokenizer(name: string): Promise<PreTrainedTokenizer> {
  return loadLocalTokenizer(emittedFolder(), name);
}
