/**
 * dtype → ONNX file suffix, as transformers.js names its files
 * (`DEFAULT_DTYPE_SUFFIX_MAPPING` in transformers.js `utils/dtypes.js`).
 */

export const DTYPE_SUFFIX = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
} as const;

export type Dtype = keyof typeof DTYPE_SUFFIX;

/** q8 is what transformers.js loads on WASM, the app's default device. */
export const DEFAULT_DTYPE: Dtype = 'q8';

export function isDtype(value: string): value is Dtype {
  return Object.hasOwn(DTYPE_SUFFIX, value);
}

export const DTYPES: readonly Dtype[] = Object.keys(DTYPE_SUFFIX).filter(isDtype);

/** `onnx/<session><suffix>.onnx`, the path transformers.js requests for a session. */
export function onnxPath(session: string, dtype: Dtype): string {
  return `onnx/${session}${DTYPE_SUFFIX[dtype]}.onnx`;
}

/** The dtypes for which every session's ONNX file is present, in table order. */
export function availableDtypes(sessions: readonly string[], files: ReadonlySet<string>): Dtype[] {
  return DTYPES.filter((dtype) => sessions.every((session) => files.has(onnxPath(session, dtype))));
}
