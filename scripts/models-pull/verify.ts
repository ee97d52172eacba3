/** Checks on what a server sent: the sha256 behind an ETag, HTML where a file was expected. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The Hub's ETag for an LFS file (every ONNX file) is the file's sha256, quoted; for a small
 * git-stored file it is the 40-hex git blob id, which is not a content hash we can check here.
 * So only a 64-hex value counts.
 */
export function sha256FromEtag(etag: string | null | undefined): string | undefined {
  const match = etag?.trim().match(/^(?:W\/)?"?([0-9a-f]{64})"?$/i);
  return match?.[1]?.toLowerCase();
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    if (!Buffer.isBuffer(chunk)) throw new TypeError('expected a byte stream');
    hash.update(chunk);
  }
  return hash.digest('hex');
}

export function isHtmlContentType(contentType: string | null): boolean {
  return contentType !== null && /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

/**
 * A dev server's SPA fallback or a captive portal answers any path with a 200 web page; some
 * label it application/octet-stream. No model file starts like this.
 */
export function startsLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
