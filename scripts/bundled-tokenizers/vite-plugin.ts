/**
 * Serves the bundled tokenizers in dev and emits them into the build under
 * `<base>tokenizers/<name>/{tokenizer.json,tokenizer_config.json}` (the Hub layout), as plain
 * assets: nothing imports them, so they never enter a JS bundle and load only when the worker
 * asks transformers.js for them (`env.localModelPath = '<base>tokenizers/'`, id `<name>`).
 *
 * Usage in vite.config.ts: `plugins: [react(), tailwindcss(), bundledTokenizers()]`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { BUNDLED_FOLDER, BUNDLED_TOKENIZERS } from '../../src/shared/tokenization/bundled.ts';
import { emitTokenizer } from './emit.ts';

const FILES = { 'tokenizer.json': 'tokenizer', 'tokenizer_config.json': 'config' } as const;

function isServedFile(file: string): file is keyof typeof FILES {
  return file in FILES;
}

/** The body for `<name>/<file>`, or null when that is not a bundled file. */
export function bundledFile(name: string, file: string): string | null {
  const entry = BUNDLED_TOKENIZERS.find((t) => t.name === name);
  if (entry === undefined || !isServedFile(file)) return null;
  return emitTokenizer(entry)[FILES[file]];
}

function middleware(base: string) {
  const prefix = `${base}${BUNDLED_FOLDER}`;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(prefix)) return next();
    const [name = '', file = '', ...rest] = path.slice(prefix.length).split('/');
    const body = rest.length === 0 ? bundledFile(decodeURIComponent(name), file) : null;
    // A missing file must be a real 404: the SPA fallback's 200 text/html would be cached as a model file.
    res.statusCode = body === null ? 404 : 200;
    res.setHeader(
      'Content-Type',
      body === null ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    );
    res.end(body ?? `No bundled tokenizer file at ${path}`);
  };
}

export function bundledTokenizers(): Plugin {
  let base = '/';
  let emitted = false;
  return {
    name: 'glasspipe-bundled-tokenizers',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(middleware(base));
    },
    generateBundle() {
      if (emitted) return;
      emitted = true;
      for (const entry of BUNDLED_TOKENIZERS) {
        const files = emitTokenizer(entry);
        const folder = `${BUNDLED_FOLDER}${entry.name}`;
        this.emitFile({ type: 'asset', fileName: `${folder}/tokenizer.json`, source: files.tokenizer });
        this.emitFile({ type: 'asset', fileName: `${folder}/tokenizer_config.json`, source: files.config });
      }
    },
  };
}
