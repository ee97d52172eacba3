import { CorruptDownloadError } from './errors.ts';

type Fetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

function fileOf(url: string): string {
  const match = /\/resolve\/[^/]+\/(.+)$/.exec(new URL(url).pathname);
  return decodeURIComponent(match?.[1] ?? new URL(url).pathname.split('/').pop() ?? url);
}

/**
 * A fetch for transformers.js (`env.fetch`) that fails a body which ends before its
 * Content-Length. transformers.js allocates the announced size and, when the stream just ends
 * early, hands the zero-padded buffer on as if it were whole, and the cache would keep it. Here
 * the short stream errors instead, so the load fails and nothing is stored.
 */
export function createVerifyingFetch(base: Fetch): Fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get('content-length'));
    const encoded = response.headers.get('content-encoding');
    const partial = response.status === 206;
    if (!response.body || !Number.isFinite(declared) || declared <= 0 || encoded || partial) return response;
    const url = response.url || String(input);
    let received = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        controller.enqueue(chunk);
      },
      flush(controller) {
        if (received < declared) {
          controller.error(
            new CorruptDownloadError(
              fileOf(url),
              url,
              'cut-off',
              `the download stopped after ${received} of ${declared} bytes`,
            ),
          );
        }
      },
    });
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
