/**
 * Reads a downloaded file once, checking on the way that it is the whole file and plausibly the
 * right kind of file, so nothing broken is ever stored.
 */
import { CorruptDownloadError, type CorruptReason } from './errors.ts';

/** The progress shape transformers.js passes to `CacheInterface.put` (hub.js). */
export interface PutProgress {
  progress: number;
  loaded: number;
  total: number;
}

/**
 * First byte of a serialized ONNX ModelProto: the tag of one of its fields 1–8 (ir_version,
 * producer_name, producer_version, domain, model_version, doc_string, graph, opset_import).
 * Exporters write ir_version first (0x08, as every fixture model does); the others are
 * accepted because protobuf allows any field order.
 */
const ONNX_FIRST_TAGS = new Set([0x08, 0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42]);

const HTML_START = /^\s*<(!doctype\s+html|html[\s>])/i;

/**
 * Content-Length counts the bytes on the wire; with a Content-Encoding, fetch hands out the
 * decoded body, whose length differs, so the header says nothing about completeness.
 */
function declaredLength(headers: Headers): number | null {
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') return null;
  const value = Number.parseInt(headers.get('content-length') ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already consumed or locked: nothing left to free.
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Reads the body, reporting progress; a failed read throws with the count that arrived. */
async function readBody(
  response: Response,
  declared: number | null,
  onProgress: ((p: PutProgress) => void) | undefined,
  fail: (reason: CorruptReason, detail: string, cause?: unknown) => CorruptDownloadError,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      const total = Math.max(declared ?? 0, loaded);
      onProgress?.({ progress: (loaded / total) * 100, loaded, total });
    }
  } catch (error) {
    const of = declared === null ? '' : ` of ${declared}`;
    throw fail('cut-off', `the download broke off after ${loaded}${of} bytes`, error);
  }
  return concat(chunks, loaded);
}

function checkContent(file: string, bytes: Uint8Array, fail: (r: CorruptReason, d: string) => Error): void {
  const head = new TextDecoder().decode(bytes.subarray(0, 64));
  if (HTML_START.test(head)) throw fail('html', 'the host sent an HTML page instead of the file');
  if (/\.onnx$/i.test(file)) {
    const first = bytes[0];
    if (first === undefined) throw fail('empty', 'the ONNX file is empty');
    if (!ONNX_FIRST_TAGS.has(first)) {
      throw fail('not-onnx', `it does not start like an ONNX model (first byte 0x${first.toString(16)})`);
    }
  }
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(new TextDecoder().decode(bytes)); // decode() drops a BOM, as transformers.js's does
    } catch (error) {
      throw fail(
        'invalid-json',
        `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}

/**
 * The body of `response` for `file` (a path like `onnx/model.onnx`), or a CorruptDownloadError.
 * Consumes the response: callers store and hand out new Responses built from the bytes.
 */
export async function readValidated(
  file: string,
  url: string,
  response: Response,
  onProgress?: (p: PutProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const fail = (reason: CorruptReason, detail: string, cause?: unknown) =>
    new CorruptDownloadError(file, url, reason, detail, { cause });
  if (response.status !== 200) {
    await discard(response);
    throw fail('bad-status', `the host answered HTTP ${response.status}, not 200`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (/^\s*text\/html/i.test(type)) {
    await discard(response);
    throw fail('html', `the host sent an HTML page (${type}) instead of the file`);
  }
  const declared = declaredLength(response.headers);
  const bytes = await readBody(response, declared, onProgress, fail);
  // A truncated JSON file cannot parse, and the parse is the stronger check (a small JSON file
  // may be served compressed without the Content-Encoding header being readable cross-origin).
  if (declared !== null && bytes.length < declared && !/\.json$/i.test(file)) {
    throw fail(
      'truncated',
      `only ${bytes.length} of the ${declared} bytes announced by Content-Length arrived`,
    );
  }
  checkContent(file, bytes, fail);
  return bytes;
}
