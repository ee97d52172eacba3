import { describe, expect, it } from 'vitest';
import { parsePullArgs } from './args.ts';
import { PullError } from '../../src/shared/model-files/errors.ts';

function options(argv: string[], env: Record<string, string> = {}) {
  const parsed = parsePullArgs(argv, env);
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.options;
}

function usageError(argv: string[]): string {
  try {
    parsePullArgs(argv, {});
  } catch (error) {
    if (error instanceof PullError && error.code === 'usage') return error.message;
    throw error;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parsePullArgs', () => {
  it('has defaults: q8, main, public/models, huggingface.co', () => {
    expect(options(['Xenova/t5-small'])).toEqual({
      modelId: 'Xenova/t5-small',
      dtype: 'q8',
      revision: 'main',
      explicitRevision: false,
      out: 'public/models',
      hub: 'https://huggingface.co',
    });
  });

  it('takes the hub from --hub, then HF_ENDPOINT, then the default', () => {
    expect(options(['a/b'], { HF_ENDPOINT: 'https://hf-mirror.com/' }).hub).toBe('https://hf-mirror.com');
    expect(options(['a/b', '--hub', 'http://127.0.0.1:8765/'], { HF_ENDPOINT: 'https://x.org' }).hub).toBe(
      'http://127.0.0.1:8765',
    );
    expect(options(['a/b', '--hub', 'https://corp.example/hf/'], {}).hub).toBe('https://corp.example/hf');
  });

  it('reads --dtype, --revision and --out', () => {
    const parsed = options(['gpt2', '--dtype', 'fp16', '--revision', 'abc123', '--out', 'models']);
    expect(parsed).toMatchObject({
      modelId: 'gpt2',
      dtype: 'fp16',
      revision: 'abc123',
      explicitRevision: true,
    });
    expect(parsed.out).toBe('models');
  });

  it.each([
    [[], /Missing the model id/],
    [['a/b', 'c/d'], /Unexpected arguments/],
    [['a/b', '--dtype', 'int4'], /Unknown --dtype "int4"/],
    [['a/b', '--hub', 'ftp://x'], /http\(s\) URL/],
    [['a/b', '--hub', 'not a url'], /--hub needs a URL/],
    [['a/b', '--revision', '../x'], /Invalid --revision/],
    [['a/b', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['../etc'], /Invalid model id/],
    [['-a/b'], /Unknown option|Invalid model id/],
    [['a/b.'], /Invalid model id/],
    [['https://huggingface.co/a/b'], /not a URL/],
  ])('refuses %j', (argv, message) => {
    expect(usageError(argv)).toMatch(message);
  });

  it('answers --help', () => {
    expect(parsePullArgs(['-h'], {})).toEqual({ help: true });
  });
});
