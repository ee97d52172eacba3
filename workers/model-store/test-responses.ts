/** Responses shaped like what transformers.js hands the store, for the unit tests. */

/** The start of a real ModelProto: ir_version 8, then producer_name. */
export const ONNX_BYTES = Uint8Array.from([
  0x08,
  0x08,
  0x12,
  0x07,
  ...new TextEncoder().encode('pytorch'),
  0,
  0,
  0,
]);

export const HTML_PAGE = '<!doctype html>\n<html lang="en"><body><div id="root"></div></body></html>\n';

export function fileResponse(
  body: Uint8Array<ArrayBuffer> | string,
  headers: Record<string, string> = {},
  status = 200,
): Response {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return new Response(bytes, {
    status,
    headers: {
      'content-length': String(bytes.byteLength),
      'content-type': 'application/octet-stream',
      ...headers,
    },
  });
}

/** A download whose connection drops after `sent` bytes, as undici reports it ("terminated"). */
export function cutOffResponse(bytes: Uint8Array, sent: number): Response {
  let pulls = 0;
  // Erroring in the same pull as the enqueue would discard the queued chunk: drop on the next.
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      if (pulls === 1) controller.enqueue(bytes.slice(0, sent));
      else controller.error(new TypeError('terminated'));
    },
  });
  return new Response(body, { headers: { 'content-length': String(bytes.byteLength) } });
}

export async function bytesOf(response: Response | undefined): Promise<Uint8Array<ArrayBuffer>> {
  if (response === undefined) throw new Error('expected a response');
  return new Uint8Array(await response.arrayBuffer());
}
