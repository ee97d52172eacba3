/**
 * Which files a dtype needs, from `config.json` and (when the Hub API answered) the repo's file
 * list. Pure: no network. Without a file list, optional files are marked `optional` and are
 * probed later; external data then comes from `transformers.js_config.use_external_data_format`,
 * the setting transformers.js itself reads.
 */
import { availableDtypes, onnxPath, type Dtype } from './dtypes.ts';
import { PullError } from './errors.ts';

export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;
export const OPTIONAL_FILES = [
  'special_tokens_map.json',
  'generation_config.json',
  'preprocessor_config.json',
] as const;

/** transformers.js refuses more chunks than this (`MAX_EXTERNAL_DATA_CHUNKS`). */
const MAX_EXTERNAL_DATA_CHUNKS = 100;

export interface WantedFile {
  path: string;
  /** Missing is fine: the file is skipped. */
  optional: boolean;
}

export interface Selection {
  sessions: string[];
  files: WantedFile[];
}

export interface SelectInput {
  modelId: string;
  host: string;
  config: Record<string, unknown>;
  dtype: Dtype;
  /** The repo's files from `/api/models/{id}`; undefined when the API was unavailable. */
  siblings: readonly string[] | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Seq2seq models run two sessions; encoder-only and decoder-only models run one. */
export function sessionsFor(config: Record<string, unknown>): string[] {
  return config.is_encoder_decoder === true ? ['encoder_model', 'decoder_model_merged'] : ['model'];
}

/** `<file>_data`, `<file>_data_1`, …: transformers.js's names for external data chunks. */
function externalDataFromConfig(config: Record<string, unknown>, file: string, session: string): string[] {
  const jsConfig = config['transformers.js_config'];
  const setting = isRecord(jsConfig) ? jsConfig.use_external_data_format : undefined;
  const name = file.slice('onnx/'.length);
  const value = isRecord(setting) ? (setting[name] ?? setting[session]) : setting;
  const chunks = value === true ? 1 : typeof value === 'number' ? value : 0;
  if (!Number.isInteger(chunks) || chunks < 0 || chunks > MAX_EXTERNAL_DATA_CHUNKS) return [];
  return Array.from({ length: chunks }, (_, i) => `${file}_data${i === 0 ? '' : `_${i}`}`);
}

function externalDataFromSiblings(siblings: readonly string[], file: string): string[] {
  const pattern = /^_data(?:_(\d+))?$/;
  return siblings
    .filter((sibling) => sibling.startsWith(file) && pattern.test(sibling.slice(file.length)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function selectFiles({ modelId, host, config, dtype, siblings }: SelectInput): Selection {
  const sessions = sessionsFor(config);
  const present = siblings ? new Set(siblings) : undefined;
  const files: WantedFile[] = REQUIRED_FILES.map((path) => ({ path, optional: false }));
  for (const path of OPTIONAL_FILES) {
    // With a file list we know which optional files exist; without one they are probed.
    if (!present || present.has(path)) files.push({ path, optional: !present });
  }
  for (const session of sessions) {
    const file = onnxPath(session, dtype);
    if (present && !present.has(file)) {
      const dtypes = availableDtypes(sessions, present);
      throw missingOnnxError(modelId, file, host, dtypes);
    }
    files.push({ path: file, optional: false });
    const data = siblings
      ? externalDataFromSiblings(siblings, file)
      : externalDataFromConfig(config, file, session);
    for (const path of data) files.push({ path, optional: false });
  }
  if (present) {
    const missing = files.find((file) => !present.has(file.path));
    if (missing) throw new PullError('missing-file', `${modelId} has no ${missing.path} on ${host}.`);
  }
  return { sessions, files };
}

export function missingOnnxError(modelId: string, file: string, host: string, dtypes: Dtype[]): PullError {
  const available = dtypes.length > 0 ? dtypes.join(', ') : 'none (no ONNX files in onnx/)';
  const first = dtypes[0];
  return new PullError(
    'missing-file',
    `${modelId} has no ${file} on ${host}; available dtypes: ${available}`,
    first ? `Pick one with --dtype ${dtypes.includes('q8') ? 'q8' : first}.` : undefined,
  );
}
