import { describe, expect, it } from 'vitest';
import { createVerifyingFetch } from './verifying-fetch.ts';

function streamed(chunks: Uint8Array[], headers: Record<string, string>, status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new Response(body, { status, headers });
}

const url = 'http://hub.test/org/m/resolve/main/onnx/model.onnx';

describe('createVerifyingFetch', () => {
  it('passes a whole body through unchanged', async () => {
    const fetch = createVerifyingFetch(async () =>
      streamed([new Uint8Array([8, 1]), new Uint8Array([2])], { 'content-length': '3' }),
    );
    const response = await fetch(url);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([8, 1, 2]);
  });

  it('fails a body that ends before its Content-Length, naming the file', async () => {
    const fetch = createVerifyingFetch(async () =>
      streamed([new Uint8Array([8, 1])], { 'content-length': '10' }),
    );
    const response = await fetch(url);
    await expect(response.arrayBuffer()).rejects.toMatchObject({
      name: 'CorruptDownloadError',
      reason: 'cut-off',
      file: 'onnx/model.onnx',
      message: expect.stringContaining('stopped after 2 of 10 bytes'),
    });
  });

  it('leaves compressed, partial and unsized responses alone', async () => {
    for (const [headers, status] of [
      [{ 'content-length': '10', 'content-encoding': 'gzip' }, 200],
      [{ 'content-length': '10' }, 206],
      [{}, 200],
    ] as const) {
      const fetch = createVerifyingFetch(async () => streamed([new Uint8Array([1])], headers, status));
      expect((await (await fetch(url)).arrayBuffer()).byteLength).toBe(1);
    }
  });
});
