/**
 * `models:pull` against the loopback hub serving the fixture models: what a pull writes, a
 * resume after a cut connection, a rerun that skips verified files, and `--revision`.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME, type PullManifest } from './manifest.ts';
import { listFiles, runCli, sha256Of, startFixtureHub, tempOut, type TestHub } from './test-support.ts';

const T5 = 'glasspipe-test/tiny-t5';
const T5_Q8_FILES = [
  MANIFEST_NAME,
  'config.json',
  'generation_config.json',
  'onnx/decoder_model_merged_quantized.onnx',
  'onnx/encoder_model_quantized.onnx',
  'special_tokens_map.json',
  'tokenizer.json',
  'tokenizer_config.json',
];
const DECODER = 'onnx/decoder_model_merged_quantized.onnx';

let t: TestHub;
let out: string;

beforeAll(async () => {
  t = await startFixtureHub();
});
afterAll(() => t.close());
beforeEach(async () => {
  t.hub.clearFaults();
  t.hub.requests.length = 0;
  out = tempOut();
  return () => rm(out, { recursive: true, force: true });
});

const args = (...extra: string[]) => [...extra, '--hub', t.hub.url, '--out', out];
const readManifest = (dir: string): PullManifest =>
  JSON.parse(readFileSync(join(dir, MANIFEST_NAME), 'utf8'));

async function apiSha(id: string): Promise<string> {
  const info: unknown = await (await fetch(`${t.hub.url}/api/models/${id}`)).json();
  if (typeof info !== 'object' || info === null || !('sha' in info) || typeof info.sha !== 'string') {
    throw new Error('no sha in model info');
  }
  return info.sha;
}

describe('models:pull', () => {
  it('pulls exactly the q8 files of a seq2seq model, byte-identical, with a manifest', async () => {
    const run = await runCli(args(T5, '--dtype', 'q8'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const dir = join(out, T5);
    expect(listFiles(out).map((file) => file.slice(T5.length + 1))).toEqual(T5_Q8_FILES);
    for (const file of T5_Q8_FILES.slice(1)) {
      expect(readFileSync(join(dir, file)).equals(readFileSync(join(t.root, T5, file))), file).toBe(true);
    }
    const manifest = readManifest(dir);
    expect(manifest).toMatchObject({
      id: T5,
      host: new URL(t.hub.url).host,
      revision: 'main',
      commit: await apiSha(T5),
      dtype: 'q8',
    });
    expect(Date.now() - Date.parse(manifest.date)).toBeLessThan(60_000);
    expect(manifest.files.map((file) => file.path).sort()).toEqual(T5_Q8_FILES.slice(1));
    for (const file of manifest.files) {
      const source = join(t.root, T5, file.path);
      expect(file, file.path).toEqual({
        path: file.path,
        size: statSync(source).size,
        sha256: sha256Of(source),
      });
    }
    expect(run.stdout).toMatch(/Done: 7 files/);
  });

  it('learns sizes and hashes from the model API and one tree listing, not a HEAD per file', async () => {
    expect((await runCli(args(T5))).code).toBe(0);
    const requests = t.hub.requests;
    expect(requests.filter((r) => r.method === 'HEAD')).toEqual([]);
    // @huggingface/hub's modelInfo asks for HEAD (the default branch) unless a revision is given.
    expect(requests.some((r) => r.path === `/api/models/${T5}/revision/HEAD`)).toBe(true);
    expect(requests.filter((r) => r.path.startsWith(`/api/models/${T5}/tree/`))).toHaveLength(1);
  });

  it('picks model_quantized.onnx for a single-session model', async () => {
    const run = await runCli(args('glasspipe-test/tiny-sentiment'));
    expect(run.code).toBe(0);
    const onnx = listFiles(out).filter((file) => file.endsWith('.onnx'));
    expect(onnx).toEqual(['glasspipe-test/tiny-sentiment/onnx/model_quantized.onnx']);
  });

  it('resumes a cut download with a Range request', async () => {
    t.hub.setFault('decoder_model_merged_quantized.onnx', 'truncate', { times: 1 });
    const first = await runCli(args(T5));
    expect(first.code).not.toBe(0);
    expect(first.stderr).toMatch(
      /connection .* was cut while downloading onnx\/decoder_model_merged_quantized\.onnx/,
    );
    expect(first.stderr).toContain(
      `Run the same command again to resume:\n  npm run models:pull -- ${T5} --hub`,
    );
    const part = join(out, T5, `${DECODER}.part`);
    const partSize = statSync(part).size;
    const fullSize = statSync(join(t.root, T5, DECODER)).size;
    expect(partSize).toBeGreaterThan(0);
    expect(partSize).toBeLessThan(fullSize);
    expect(listFiles(join(out, T5))).not.toContain(DECODER);
    expect(listFiles(join(out, T5))).not.toContain(MANIFEST_NAME);

    t.hub.requests.length = 0;
    const second = await runCli(args(T5));
    expect(second.code).toBe(0);
    const decoderGets = t.hub.requests.filter((r) => r.method === 'GET' && r.path.endsWith(DECODER));
    expect(decoderGets).toEqual([expect.objectContaining({ range: `bytes=${partSize}-`, status: 206 })]);
    expect(second.stdout).toMatch(/decoder_model_merged_quantized\.onnx .* resumed/);
    expect(sha256Of(join(out, T5, DECODER))).toBe(sha256Of(join(t.root, T5, DECODER)));
    expect(listFiles(out).some((file) => file.endsWith('.part'))).toBe(false);
  });

  it('skips verified files on a rerun and replaces a corrupted one', async () => {
    expect((await runCli(args(T5))).code).toBe(0);
    const encoder = join(out, T5, 'onnx/encoder_model_quantized.onnx');
    const bytes = readFileSync(encoder);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff; // same size, different content
    writeFileSync(encoder, bytes);

    t.hub.requests.length = 0;
    const rerun = await runCli(args(T5));
    expect(rerun.code).toBe(0);
    const onnxGets = t.hub.requests.filter((r) => r.method === 'GET' && r.path.endsWith('.onnx'));
    expect(onnxGets.map((r) => r.path.split('/').pop())).toEqual(['encoder_model_quantized.onnx']);
    expect(rerun.stdout).toMatch(/6 already up to date/);
    expect(sha256Of(encoder)).toBe(sha256Of(join(t.root, T5, 'onnx/encoder_model_quantized.onnx')));
  });

  it('uses --revision in every URL and records it', async () => {
    const run = await runCli(args(T5, '--revision', 'v1.0'));
    expect(run.code).toBe(0);
    const paths = t.hub.requests.map((r) => r.path);
    expect(paths).toContain(`/api/models/${T5}/revision/v1.0`);
    const fileRequests = paths.filter((path) => path.includes('/resolve/'));
    expect(fileRequests.length).toBeGreaterThan(0);
    expect(fileRequests.every((path) => path.startsWith(`/${T5}/resolve/v1.0/`))).toBe(true);
    expect(readManifest(join(out, T5))).toMatchObject({ revision: 'v1.0', commit: await apiSha(T5) });
  });
});
