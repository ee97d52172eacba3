/**
 * The download size of each dtype a repo offers, from its file list with sizes (the Hub's tree
 * API): a dtype counts only when every session the task needs has its `.onnx` file, and its
 * size is those files plus their external data (`<file>_data`, `<file>_data_1`, …), nothing else.
 * A seq2seq model's q8 is `encoder_model_quantized.onnx` + `decoder_model_merged_quantized.onnx`.
 */
import { DTYPES, onnxPath, type Dtype } from './dtypes.ts';

export interface SizedFile {
  path: string;
  bytes: number;
}

export interface DtypeSize {
  dtype: Dtype;
  bytes: number;
  files: SizedFile[];
}

const EXTERNAL_DATA = /^_data(?:_\d+)?$/;

function externalData(file: string, all: readonly SizedFile[]): SizedFile[] {
  return all
    .filter((f) => f.path.startsWith(file) && EXTERNAL_DATA.test(f.path.slice(file.length)))
    .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** Every dtype whose sessions are all present, in the dtype table's order. */
export function dtypeSizes(sessions: readonly string[], files: readonly SizedFile[]): DtypeSize[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const sizes: DtypeSize[] = [];
  for (const dtype of DTYPES) {
    const graphs = sessions.map((session) => byPath.get(onnxPath(session, dtype)));
    if (sessions.length === 0 || graphs.some((g) => g === undefined)) continue;
    const chosen = graphs.flatMap((graph) => (graph ? [graph, ...externalData(graph.path, files)] : []));
    sizes.push({ dtype, bytes: chosen.reduce((n, f) => n + f.bytes, 0), files: chosen });
  }
  return sizes;
}

/** ONNX graphs in the list that none of these dtypes uses (other exports, other sessions). */
export function unusedOnnxFiles(files: readonly SizedFile[], used: readonly DtypeSize[]): number {
  const taken = new Set(used.flatMap((d) => d.files.map((f) => f.path)));
  return files.filter((f) => f.path.endsWith('.onnx') && !taken.has(f.path)).length;
}
