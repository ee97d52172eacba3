/**
 * Streams a response body normally, cut in half (`truncate`) or dripped (`slow`).
 * Each mode stops as soon as the client goes away and marks the log entry `aborted`.
 */
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HubExchange } from './loopback-hub-http.ts';

export type BodyMode = 'normal' | 'truncate' | 'slow';

/** The slow drip sends a slice every tick, so a client sees steady progress. */
const SLOW_TICK_MS = 50;

/** Resolves after `ms`, or earlier when the response closes (the client aborted). */
function waitOrClose(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    res.once('close', done);
  });
}

/** Writes a chunk and waits until it is flushed to the socket (or the write fails). */
function writeFlushed(res: ServerResponse, chunk: Buffer): Promise<boolean> {
  return new Promise((resolve) => res.write(chunk, (error) => resolve(!error)));
}

function* slices(chunk: Buffer, size: number): Generator<Buffer> {
  for (let offset = 0; offset < chunk.length; offset += size) yield chunk.subarray(offset, offset + size);
}

async function sendNormal(ex: HubExchange, source: Readable): Promise<void> {
  try {
    await pipeline(source, ex.res);
  } catch {
    ex.entry.aborted = true; // the client closed the connection mid-body
  }
}

/**
 * `truncate` sends half of `length` and then destroys the socket, so the client sees fewer
 * bytes than the Content-Length it was promised. `slow` sends `bytesPerSecond`.
 */
async function sendShaped(
  ex: HubExchange,
  source: Readable,
  length: number,
  mode: 'truncate' | 'slow',
  bytesPerSecond: number,
): Promise<void> {
  const { res } = ex;
  const limit = mode === 'truncate' ? Math.floor(length / 2) : length;
  const sliceSize =
    mode === 'slow' ? Math.max(1, Math.round((bytesPerSecond * SLOW_TICK_MS) / 1000)) : 64 * 1024;
  let sent = 0;
  try {
    for await (const chunk of source) {
      if (!Buffer.isBuffer(chunk)) throw new TypeError('expected a byte stream');
      for (const slice of slices(chunk, sliceSize)) {
        const piece = slice.subarray(0, limit - sent);
        if (piece.length === 0) break;
        if (mode === 'slow') await waitOrClose(res, (piece.length / bytesPerSecond) * 1000);
        if (res.destroyed || !(await writeFlushed(res, piece))) {
          ex.entry.aborted = true;
          return;
        }
        sent += piece.length;
      }
      if (sent >= limit) break;
    }
  } finally {
    source.destroy();
  }
  if (mode === 'truncate') ex.req.socket.destroy();
  else res.end();
}

export async function sendBody(
  ex: HubExchange,
  source: Readable,
  length: number,
  mode: BodyMode,
  bytesPerSecond: number,
): Promise<void> {
  if (mode === 'normal') return sendNormal(ex, source);
  return sendShaped(ex, source, length, mode, bytesPerSecond);
}
