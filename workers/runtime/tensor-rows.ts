/**
 * Row (batch dimension) operations on transformers.js tensors, for the step model: beam search
 * reorders the KV cache by parent row, and single-input tensors are expanded to all rows.
 */
import { Tensor } from './transformers.ts';

/** A new CPU tensor whose row i is row `rows[i]` of `tensor` (dimension 0). */
export async function gatherRows(tensor: Tensor, rows: readonly number[]): Promise<Tensor> {
  // WebGPU keeps `present.*` outputs on the GPU (transformers.js sets preferredOutputLocation);
  // reordering them here costs a download, and the next run uploads the result again.
  const data: unknown =
    tensor.location === 'gpu-buffer' ? await tensor.ort_tensor.getData(true) : tensor.data;
  if (!ArrayBuffer.isView(data)) throw new TypeError(`Cannot reorder rows of a ${tensor.type} tensor.`);
  const [batch = 1, ...rest] = tensor.dims;
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const rowBytes = batch === 0 ? 0 : data.byteLength / batch;
  const out = new Uint8Array(rows.length * rowBytes);
  rows.forEach((row, i) => {
    if (row < 0 || row >= batch) throw new RangeError(`Row ${row} is outside a batch of ${batch}.`);
    out.set(bytes.subarray(row * rowBytes, (row + 1) * rowBytes), i * rowBytes);
  });
  return new Tensor(tensor.type, typedArrayFor(tensor.type, out.buffer), [rows.length, ...rest]);
}

/** The typed array onnxruntime expects for `type`, viewing `buffer` (float16 as Uint16Array, which it accepts). */
function typedArrayFor(type: string, buffer: ArrayBuffer) {
  switch (type) {
    case 'float32':
      return new Float32Array(buffer);
    case 'float16':
    case 'uint16':
      return new Uint16Array(buffer);
    case 'float64':
      return new Float64Array(buffer);
    case 'int64':
      return new BigInt64Array(buffer);
    case 'uint64':
      return new BigUint64Array(buffer);
    case 'int32':
      return new Int32Array(buffer);
    case 'uint32':
      return new Uint32Array(buffer);
    case 'int16':
      return new Int16Array(buffer);
    case 'int8':
      return new Int8Array(buffer);
    case 'uint8':
    case 'bool':
      return new Uint8Array(buffer);
    default:
      throw new TypeError(`Unsupported tensor type for row gathering: ${type}`);
  }
}

export function isIdentity(parents: readonly number[], previousRows: number): boolean {
  return parents.length === previousRows && parents.every((parent, row) => parent === row);
}

/** Release a tensor's GPU memory; CPU tensors are left to the garbage collector, as transformers.js does. */
export function disposeIfOnGpu(tensor: Tensor): void {
  if (tensor.location === 'gpu-buffer') tensor.dispose();
}

export function int64Tensor(rows: readonly (readonly number[])[]): Tensor {
  const width = rows[0]?.length ?? 0;
  // A plain loop: `BigInt64Array.from(rows.flat(), BigInt)` cost 9× as much for a 64 × 22 batch.
  const data = new BigInt64Array(rows.length * width);
  let k = 0;
  for (const row of rows) for (const v of row) data[k++] = BigInt(v);
  return new Tensor('int64', data, [rows.length, width]);
}

/** Logits of the last position of each row, as float32 rows (dims [rows, positions, vocab]). */
export async function lastPositionLogits(logits: Tensor): Promise<Float32Array[]> {
  const float32 = logits.type === 'float32' ? logits : logits.to('float32');
  const data: unknown = float32.location === 'gpu-buffer' ? await float32.ort_tensor.getData() : float32.data;
  if (!(data instanceof Float32Array)) throw new TypeError('Expected float32 logits.');
  const [rows = 1, positions = 1, vocab = data.length] = float32.dims;
  return Array.from({ length: rows }, (_, row) => {
    const end = (row * positions + positions) * vocab;
    return data.slice(end - vocab, end);
  });
}
