import { describe, expect, it } from 'vitest';
import { CorruptDownloadError, type CorruptReason } from './errors.ts';
import { cutOffResponse, fileResponse, HTML_PAGE, ONNX_BYTES } from './test-responses.ts';
import { readValidated, type PutProgress } from './validate.ts';

const URL_BASE = 'http://hub.test/org/name/resolve/main/';

describe('readValidated refuses', () => {
  it.each<[string, string, () => Response, CorruptReason]>([
    [
      'an HTML page sent as the file',
      'config.json',
      () => fileResponse(HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
      'html',
    ],
    ['an HTML page with a binary type', 'onnx/model.onnx', () => fileResponse(HTML_PAGE), 'html'],
    [
      'a body shorter than Content-Length',
      'onnx/model.onnx',
      () => fileResponse(ONNX_BYTES.slice(0, 4), { 'content-length': String(ONNX_BYTES.length) }),
      'truncated',
    ],
    ['a connection that drops mid-body', 'onnx/model.onnx', () => cutOffResponse(ONNX_BYTES, 4), 'cut-off'],
    [
      'an .onnx file that is not protobuf',
      'onnx/model.onnx',
      () => fileResponse('{"error":"not found"}'),
      'not-onnx',
    ],
    ['an empty .onnx file', 'onnx/model.onnx', () => fileResponse(''), 'empty'],
    [
      'a .json file that does not parse',
      'tokenizer.json',
      () => fileResponse('{"model": {"vocab": [1, 2'),
      'invalid-json',
    ],
    ['a status other than 200', 'config.json', () => fileResponse('{}', {}, 203), 'bad-status'],
  ])('%s', async (_, file, make, reason) => {
    const error = await readValidated(file, URL_BASE + file, make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptDownloadError);
    expect(error).toMatchObject({ name: 'CorruptDownloadError', reason, file, url: URL_BASE + file });
    expect(String(error)).toContain(`"${file}" was not stored`);
  });

  it('says how far a cut-off download got', async () => {
    await expect(readValidated('onnx/model.onnx', URL_BASE, cutOffResponse(ONNX_BYTES, 4))).rejects.toThrow(
      `broke off after 4 of ${ONNX_BYTES.length} bytes`,
    );
  });
});

describe('readValidated accepts', () => {
  it.each<[string, string, () => Response]>([
    ['an ONNX model', 'onnx/model_quantized.onnx', () => fileResponse(ONNX_BYTES)],
    ['JSON with a byte-order mark', 'config.json', () => fileResponse('\uFEFF{"model_type":"t5"}')],
    // fetch decodes gzip, so the decoded body may differ from the on-the-wire Content-Length.
    [
      'a compressed body whose decoded length differs',
      'onnx/model.onnx',
      () => fileResponse(ONNX_BYTES, { 'content-encoding': 'gzip', 'content-length': '999' }),
    ],
    [
      'a JSON body shorter than a compressed Content-Length',
      'special_tokens_map.json',
      () => fileResponse('{}', { 'content-length': '20' }),
    ],
    [
      'external data, unchecked beyond length',
      'onnx/model.onnx_data',
      () => fileResponse(Uint8Array.from([0, 1, 2, 3])),
    ],
    ['a body without Content-Length', 'vocab.txt', () => new Response('a\nb\n')],
  ])('%s', async (_, file, make) => {
    const response = make();
    const expected = new Uint8Array(await response.clone().arrayBuffer());
    expect(await readValidated(file, URL_BASE + file, response)).toEqual(expected);
  });

  it('reports progress as transformers.js expects ({ progress, loaded, total })', async () => {
    const seen: PutProgress[] = [];
    await readValidated('onnx/model.onnx', URL_BASE, fileResponse(ONNX_BYTES), (p) => seen.push(p));
    expect(seen.at(-1)).toEqual({ progress: 100, loaded: ONNX_BYTES.length, total: ONNX_BYTES.length });
  });
});
