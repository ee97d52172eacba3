/**
 * The body of a resolve response, for a file on disk or one held in memory: Range (206 with
 * Content-Range, 416 when unsatisfiable), HEAD, and the `truncate` / `slow` faults, which only a
 * full GET reaches (the probes were answered or faulted before this).
 */
import type { OutgoingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { ActiveFaultRule, HubFaultTable } from './hub-faults.ts';
import { sendBody, type BodyMode } from './loopback-hub-body.ts';
import { writeHead, type HubExchange } from './loopback-hub-http.ts';
import { parseRange } from './loopback-hub-range.ts';

export interface FileToSend {
  size: number;
  headers: OutgoingHttpHeaders;
  /** Bytes `start` to `end`, inclusive. */
  read(start: number, end: number): Readable;
}

export async function sendFile(
  ex: HubExchange,
  file: FileToSend,
  rule: ActiveFaultRule | undefined,
  faults: HubFaultTable,
  slowBytesPerSecond: number,
): Promise<void> {
  const { size } = file;
  const headers: OutgoingHttpHeaders = { ...file.headers };
  const range = parseRange(ex.req.headers.range, size);
  if (range.type === 'unsatisfiable') {
    writeHead(ex, 416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
    ex.res.end();
    return;
  }
  const start = range.type === 'range' ? range.start : 0;
  const end = range.type === 'range' ? range.end : size - 1;
  const length = end - start + 1;
  if (range.type === 'range') headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  headers['Content-Length'] = length;
  let mode: BodyMode = 'normal';
  if (rule) {
    faults.use(rule);
    ex.entry.fault = rule.fault;
    mode = rule.fault === 'slow' ? 'slow' : 'truncate';
  }
  writeHead(ex, range.type === 'range' ? 206 : 200, headers);
  if (ex.req.method === 'HEAD' || length === 0) {
    ex.res.end();
    return;
  }
  await sendBody(ex, file.read(start, end), length, mode, slowBytesPerSecond);
}
