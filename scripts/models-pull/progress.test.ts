import { describe, expect, it } from 'vitest';
import { formatBytes, ProgressReporter } from './progress.ts';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, out: { isTTY, columns: 200, write: (chunk: string) => chunks.push(chunk) } };
}

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 ** 3, '5.0 GiB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('ProgressReporter', () => {
  it('rewrites one line on a terminal and ends each file with a plain line', () => {
    let now = 0;
    const { chunks, out } = stream(true);
    const progress = new ProgressReporter(out, 3072, 2, () => now);
    progress.startFile('a.onnx', 2048);
    progress.update(1024);
    now += 10;
    progress.update(1536); // too soon after the last draw: skipped
    now += 200;
    progress.update(2048);
    progress.finishFile('downloaded');
    expect(chunks).toEqual([
      '\r\x1b[2K[1/2] a.onnx  1.0 KiB / 2.0 KiB (50%)  total 1.0 KiB / 3.0 KiB (33%)',
      '\r\x1b[2K[1/2] a.onnx  2.0 KiB / 2.0 KiB (100%)  total 2.0 KiB / 3.0 KiB (66%)',
      '\r\x1b[2K',
      '[1/2] a.onnx  2.0 KiB  downloaded\n',
    ]);
  });

  it('writes plain lines elsewhere: one per file, one every few seconds for a long file', () => {
    let now = 0;
    const { chunks, out } = stream(false);
    const progress = new ProgressReporter(out, 2048, 2, () => now);
    progress.startFile('config.json', 1024);
    progress.update(1024);
    progress.finishFile('up-to-date');
    progress.startFile('b.onnx', 1024);
    now += 6_000;
    progress.update(512);
    progress.finishFile('resumed');
    progress.interrupt();
    expect(chunks).toEqual([
      '[1/2] config.json  1.0 KiB  up to date\n',
      '[2/2] b.onnx  512 B / 1.0 KiB (50%)  total 1.5 KiB / 2.0 KiB (75%)\n',
      '[2/2] b.onnx  1.0 KiB  resumed\n',
    ]);
  });
});

describe('ProgressReporter on a narrow terminal', () => {
  it('shortens the path, not the numbers', () => {
    const chunks: string[] = [];
    const out = { isTTY: true, columns: 80, write: (chunk: string) => chunks.push(chunk) };
    const progress = new ProgressReporter(out, 2048, 1, () => 0);
    progress.startFile('onnx/a-very-long-folder-name/decoder_model_merged_quantized.onnx', 2048);
    progress.update(1024);
    const line = chunks[0]!.replace('\r\x1b[2K', '');
    expect(line.length).toBeLessThanOrEqual(79);
    expect(line).toMatch(/^\[1\/1\] ….*_quantized\.onnx {2}1\.0 KiB \/ 2\.0 KiB \(50%\) {2}total 1\.0 KiB/);
  });
});
