import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { BUNDLED_BUDGET_BYTES, BUNDLED_TOKENIZERS } from '../../src/shared/tokenization/bundled.ts';
import { emitTokenizer, measure } from './emit.ts';
import { loadBundledTokenizer } from './load-emitted.ts';
import { bundledFile, bundledTokenizers } from './vite-plugin.ts';

describe('bundled tokenizer files', () => {
  it.each(BUNDLED_TOKENIZERS.map((t) => [t.name, t] as const))(
    '%s: sizes match the manifest',
    (_name, entry) => {
      const bytes = measure(emitTokenizer(entry));
      expect({ tokenizer: bytes.tokenizer, config: bytes.config }).toEqual({
        tokenizer: entry.bytes.tokenizer,
        config: entry.bytes.config,
      });
      // gzip output may differ by a few bytes between zlib versions.
      expect(Math.abs(bytes.gzip - entry.bytes.gzip) / entry.bytes.gzip).toBeLessThan(0.01);
    },
  );

  it('stays within the size budget', () => {
    const total = BUNDLED_TOKENIZERS.reduce((n, t) => n + t.bytes.tokenizer + t.bytes.config, 0);
    expect(total).toBeLessThanOrEqual(BUNDLED_BUDGET_BYTES);
  });

  it.each(BUNDLED_TOKENIZERS.map((t) => [t.name]))(
    '%s: loads with transformers.js AutoTokenizer',
    async (name) => {
      const tokenizer = await loadBundledTokenizer(name);
      expect(tokenizer._tokenizerConfig).toHaveProperty('tokenizer_class');
      expect(tokenizer.encode('Hello world', { add_special_tokens: false }).length).toBeGreaterThan(0);
    },
  );

  it('llama3: the patched post-processor adds <|begin_of_text|> like current Llama 3 files', async () => {
    const tokenizer = await loadBundledTokenizer('llama3');
    // "Hello world" is [9906, 1917] in Llama 3; 128000 is <|begin_of_text|>.
    expect(tokenizer.encode('Hello world')).toEqual([128000, 9906, 1917]);
  });

  it('mistral: the "llama2" package really holds the Mistral vocabulary', async () => {
    const tokenizer = await loadBundledTokenizer('mistral');
    expect(tokenizer.encode('Hello world')).toEqual([1, 22557, 1526]);
  });
});

describe('vite plugin', () => {
  function devServer(plugin: Plugin) {
    const handlers: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[] = [];
    const server = { middlewares: { use: (h: (typeof handlers)[number]) => handlers.push(h) } };
    if (typeof plugin.configResolved === 'function')
      plugin.configResolved.call({} as never, { base: '/app/' } as ResolvedConfig);
    if (typeof plugin.configureServer === 'function')
      plugin.configureServer.call({} as never, server as unknown as ViteDevServer);
    return (url: string) => {
      const res = { statusCode: 0, headers: {} as Record<string, string>, body: '' };
      let passed = false;
      handlers[0]?.(
        { url } as IncomingMessage,
        {
          setHeader: (k: string, v: string) => (res.headers[k] = v),
          end: (b: string) => (res.body = b),
          set statusCode(code: number) {
            res.statusCode = code;
          },
        } as unknown as ServerResponse,
        () => (passed = true),
      );
      return { ...res, passed };
    };
  }

  it('serves the files under <base>tokenizers/ and answers 404 (not the SPA page) for anything else', () => {
    const get = devServer(bundledTokenizers());
    const ok = get('/app/tokenizers/qwen3/tokenizer_config.json?import');
    expect([ok.statusCode, ok.headers['Content-Type']]).toEqual([200, 'application/json; charset=utf-8']);
    expect(JSON.parse(ok.body)).toHaveProperty('tokenizer_class', 'Qwen2Tokenizer');
    expect(get('/app/tokenizers/qwen3/config.json').statusCode).toBe(404);
    expect(get('/app/tokenizers/nope/tokenizer.json').statusCode).toBe(404);
    expect(get('/app/index.html').passed).toBe(true);
  });

  it('emits every file once into the build as an asset', () => {
    const plugin = bundledTokenizers();
    const emitted: { fileName: string; source: string }[] = [];
    const context = { emitFile: (f: { fileName: string; source: string }) => emitted.push(f) };
    const run = () => {
      if (typeof plugin.generateBundle === 'function')
        plugin.generateBundle.call(context as never, {} as never, {}, false);
    };
    run();
    run();
    expect(emitted.map((f) => f.fileName)).toEqual(
      BUNDLED_TOKENIZERS.flatMap((t) => [
        `tokenizers/${t.name}/tokenizer.json`,
        `tokenizers/${t.name}/tokenizer_config.json`,
      ]),
    );
    expect(gzipSync(emitted[0]?.source ?? '').length).toBeGreaterThan(0);
    expect(bundledFile('mistral', 'tokenizer.json')).toBe(emitted[0]?.source);
  });
});
