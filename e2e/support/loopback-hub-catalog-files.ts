/**
 * File lists for the catalog's metadata-only repos, named as transformers.js exports them:
 * `onnx/<session><suffix>.onnx` with the suffixes of transformers.js `utils/dtypes.js`, and for
 * a file too big for one protobuf, a small graph plus `.onnx_data`, `.onnx_data_1`... chunks.
 */
import type { CatalogFile } from './loopback-hub-catalog-types.ts';

// Written out here rather than imported from the app's src/shared/model-files/dtypes.ts: the
// loopback hub stands for the real Hub, whose file names the app's own table is tested against.

export const DTYPE_SUFFIXES = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
} as const;

export type Dtype = keyof typeof DTYPE_SUFFIXES;

export const ALL_DTYPES: readonly Dtype[] = ['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'q4f16', 'bnb4'];

/**
 * A dtype's size against fp32. 8-bit quantizes the weight matrices to a quarter; the 4-bit
 * exports keep embeddings and other ops unquantized (fp32, or fp16 for q4f16), so they shrink
 * much less than 8x: Xenova/t5-small's encoder is 141 MB in fp32, 35.6 MB in q8.
 */
const SIZE_RATIO: Record<Dtype, number> = {
  fp32: 1,
  fp16: 0.5,
  q8: 0.2525,
  int8: 0.2525,
  uint8: 0.2525,
  q4: 0.42,
  q4f16: 0.27,
  bnb4: 0.41,
};

/** Above this, a single `.onnx` would near protobuf's 2 GiB limit, so weights go to external data. */
const EXTERNAL_DATA_ABOVE = 1_800_000_000;
/** transformers.js loads external data as whole ArrayBuffers; exports split it at about 2 GB. */
const EXTERNAL_DATA_CHUNK = 2_000_000_000;

function onnxFile(base: string, bytes: number): CatalogFile[] {
  if (bytes <= EXTERNAL_DATA_ABOVE) return [{ path: `${base}.onnx`, size: bytes }];
  const files: CatalogFile[] = [{ path: `${base}.onnx`, size: 180_000 + Math.round(bytes / 5000) }];
  for (let offset = 0, chunk = 0; offset < bytes; offset += EXTERNAL_DATA_CHUNK, chunk += 1) {
    files.push({
      path: `${base}.onnx_data${chunk === 0 ? '' : `_${chunk}`}`,
      size: Math.min(EXTERNAL_DATA_CHUNK, bytes - offset),
    });
  }
  return files;
}

/** Every session in every dtype; `sessions` maps a session name to its fp32 size in bytes. */
export function onnxFiles(
  sessions: Record<string, number>,
  dtypes: readonly Dtype[] = ALL_DTYPES,
): CatalogFile[] {
  return Object.entries(sessions).flatMap(([session, fp32Bytes]) =>
    dtypes.flatMap((dtype) =>
      onnxFile(`onnx/${session}${DTYPE_SUFFIXES[dtype]}`, Math.round(fp32Bytes * SIZE_RATIO[dtype])),
    ),
  );
}

/** Plain files by path → size. */
export function files(sizes: Record<string, number>): CatalogFile[] {
  return Object.entries(sizes).map(([path, size]) => ({ path, size }));
}

/** The groups as one list, sorted by path as the Hub's siblings are. */
export function repoFiles(...groups: CatalogFile[][]): CatalogFile[] {
  const byPath = new Map<string, CatalogFile>();
  for (const file of groups.flat()) byPath.set(file.path, file);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
