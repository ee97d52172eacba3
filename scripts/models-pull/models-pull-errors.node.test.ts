/**
 * `models:pull` failures against the loopback hub: each is a clear message and a non-zero exit,
 * never a stack trace, and leaves nothing behind that could pass for a model file. Also the
 * CLI as a real subprocess, for argument parsing and HF_ENDPOINT.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadFile } from './download.ts';
import { headFile } from './hub-client.ts';
import { MANIFEST_NAME } from './manifest.ts';
import { hasStackTrace, listFiles, runCli, startFixtureHub, tempOut, type TestHub } from './test-support.ts';

const T5 = 'glasspipe-test/tiny-t5';
const SENTIMENT = 'glasspipe-test/tiny-sentiment';

let t: TestHub;
let out: string;
let host: string;

beforeAll(async () => {
  t = await startFixtureHub();
  host = new URL(t.hub.url).host;
});
afterAll(() => t.close());
beforeEach(async () => {
  t.hub.clearFaults();
  out = tempOut();
  return () => rm(out, { recursive: true, force: true });
});

const args = (...extra: string[]) => [...extra, '--hub', t.hub.url, '--out', out];

async function expectFailure(argv: string[], message: string | RegExp): Promise<string> {
  const run = await runCli(argv);
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(message);
  expect(hasStackTrace(run.stderr)).toBe(false);
  return run.stderr;
}

describe('models:pull failures', () => {
  it('reports a missing model and writes nothing', async () => {
    await expectFailure(args('glasspipe-test/nope'), `Model glasspipe-test/nope was not found on ${host}`);
    expect(listFiles(out)).toEqual([]);
  });

  it('lists the available dtypes when the chosen one is missing', async () => {
    await expectFailure(
      args(T5, '--dtype', 'q4'),
      `${T5} has no onnx/encoder_model_q4.onnx on ${host}; available dtypes: fp32, q8`,
    );
    expect(listFiles(out)).toEqual([]);
  });

  it('finds the dtypes by probing when the host has no model API', async () => {
    t.hub.setFault('/api/', 'html'); // a mirror without the API answers with its web page
    await expectFailure(args(SENTIMENT, '--dtype', 'fp16'), 'available dtypes: fp32, q8');
    const run = await runCli(args(SENTIMENT));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no model API');
    expect(listFiles(out).filter((file) => file.endsWith('.onnx'))).toEqual([
      `${SENTIMENT}/onnx/model_quantized.onnx`,
    ]);
  });

  it('refuses an HTML page in place of a file and keeps nothing of it', async () => {
    t.hub.setFault('tokenizer.json', 'html');
    await expectFailure(args(T5), `${host} answered tokenizer.json with an HTML page instead of the file`);
    // Sizes come from the tree listing, so the page is met at download time: files verified
    // before it stay (a rerun resumes), the page itself, a partial of it and the manifest do not.
    const kept = listFiles(out);
    expect(kept).not.toContain(`${T5}/tokenizer.json`);
    expect(kept.filter((file) => file.endsWith('.part') || file.endsWith(MANIFEST_NAME))).toEqual([]);
  });

  it('refuses an HTML body that only the download (not the HEAD) gets', async () => {
    const target = { hub: t.hub.url, modelId: SENTIMENT, revision: 'main' };
    const remote = await headFile(target, 'onnx/model_quantized.onnx');
    if (!remote) throw new Error('fixture file missing');
    t.hub.setFault('model_quantized.onnx', 'html');
    const dest = join(out, 'model_quantized.onnx');
    await expect(downloadFile(target, remote, dest, { onProgress: () => {} })).rejects.toThrow(/HTML page/);
    expect(listFiles(out)).toEqual([]);
  });

  it('reports a server error', async () => {
    t.hub.setFault('encoder_model_quantized.onnx', 'server-error');
    await expectFailure(args(T5), `${host} answered onnx/encoder_model_quantized.onnx with HTTP 500`);
    expect(listFiles(out).some((file) => file.includes('encoder_model'))).toBe(false);
  });

  it('reports a dropped connection', async () => {
    t.hub.setFault('config.json', 'reset');
    await expectFailure(args(T5), `No answer from ${host} for /${T5}/resolve/main/config.json`);
  });

  it('refuses an invalid model id with exit code 2', async () => {
    for (const id of ['../etc', 'a/b/c', 'https://huggingface.co/a/b', 'a--b/c']) {
      const run = await runCli(args(id));
      expect(run.code, id).toBe(2);
      expect(run.stderr, id).toMatch(/model id/);
    }
  });
});

describe('models:pull as a subprocess', () => {
  const exec = promisify(execFile);
  // Async on purpose: the hub answers from this process, which a sync exec would block.
  const cli = (argv: string[], env: Record<string, string> = {}) =>
    exec(process.execPath, ['--import', 'tsx', 'scripts/models-pull.ts', ...argv], {
      env: { PATH: process.env.PATH ?? '', ...env },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('parses its arguments and takes the host from HF_ENDPOINT', async () => {
    const run = await cli([SENTIMENT, '--dtype=fp32', '--out', out], { HF_ENDPOINT: t.hub.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(listFiles(out).filter((file) => file.endsWith('.onnx'))).toEqual([`${SENTIMENT}/onnx/model.onnx`]);
  });

  it('exits 2 with the reason on bad arguments, 0 with --help', async () => {
    const bad = await cli([SENTIMENT, '--dtype', 'q9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown --dtype "q9"');
    expect(hasStackTrace(bad.stderr)).toBe(false);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run models:pull -- <model id>/);
  });
});
