/**
 * The zero-shot bench in Chromium: builds page.ts with Vite (into .bench/, never committed),
 * serves it with onnxruntime-web's runtime files from our own server, cross-origin isolated as
 * the app is served, and the models from the loopback hub (the app's code path), then drives
 * the page: each model in a fresh browser context, every case checked for equal scores, then
 * timed in interleaved rounds after a warm-up (in the page: no Playwright round trip is timed).
 */
import { chromium, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../../../e2e/support/browser.ts';
import { startLoopbackHub, type HubRequestLog } from '../../../e2e/support/loopback-hub.ts';
import { serveStatic } from '../../../e2e/support/static-server.ts';
import { summarizeCase, type ZeroShotBenchCase } from '../zero-shot-compare.ts';
import type { BenchWindow, PageThreads } from './page-api.ts';

const PAGE_DIR = fileURLToPath(new URL('.', import.meta.url));
/** Where the page is built: .bench/ is ignored by git. */
const OUT_DIR = resolve('.bench/zero-shot-browser');

export interface ChromiumBenchModel {
  id: string;
  /** Folder in Hub layout that holds it. */
  root: string;
  rounds: number;
  about: string;
}

export interface ChromiumBenchOptions {
  models: readonly ChromiumBenchModel[];
  /** Every case's texts are the first `count` of these. */
  texts: readonly string[];
  counts: readonly number[];
  labels: readonly string[];
  template: string;
}

export interface ChromiumBenchModelResult {
  model: ChromiumBenchModel;
  threads: PageThreads;
  /** The ONNX files the page downloaded from the hub (both sides: each twice), in order. */
  onnxFiles: string[];
  cases: ZeroShotBenchCase[];
}

/** `onnx/model.onnx` for each full download of an ONNX file from the hub. */
function onnxDownloads(requests: readonly HubRequestLog[]): string[] {
  return requests
    .filter((r) => r.method === 'GET' && r.status === 200 && r.path.endsWith('.onnx'))
    .map((r) => /\/resolve\/[^/]+\/(.+)$/.exec(r.path)?.[1] ?? r.path);
}

export async function buildZeroShotPage(outDir = OUT_DIR): Promise<string> {
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    logLevel: 'warn',
    clearScreen: false,
    publicDir: false,
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}

/** Fails the bench on a page error, and on any request that is not to our two servers. */
function watchPage(page: Page, origins: readonly string[]): () => void {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!origins.some((origin) => url.startsWith(`${origin}/`)) && !/^(blob|data):/.test(url))
      problems.push(`request outside the bench's servers: ${url}`);
  });
  return () => {
    if (problems.length > 0) throw new Error(`zero-shot bench page: ${problems.join('; ')}`);
  };
}

export async function benchZeroShotInChromium(
  options: ChromiumBenchOptions,
): Promise<{ version: string; results: ChromiumBenchModelResult[] }> {
  const server = await serveStatic(await buildZeroShotPage(), 0, true);
  const executablePath = chromiumExecutable();
  const browser = await chromium
    .launch({ ...(executablePath ? { executablePath } : {}), args: QUIET_CHROMIUM_ARGS })
    .catch((error: unknown) => {
      server.close();
      throw error;
    });
  const version = browser.version();
  const results: ChromiumBenchModelResult[] = [];
  try {
    for (const model of options.models) {
      const hub = await startLoopbackHub({ root: model.root, port: 0 });
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const check = watchPage(page, [server.url, hub.url]);
        await page.goto(`${server.url}/`);
        await page.waitForFunction(() => 'zeroShotBench' in window);
        const threads = await page.evaluate(
          (setup) => (window as unknown as BenchWindow).zeroShotBench.setup(setup),
          {
            hubUrl: hub.url,
            model: model.id,
            labels: [...options.labels],
            template: options.template,
            warmText: options.texts[0] ?? '',
          },
        );
        const cases: ZeroShotBenchCase[] = [];
        for (const count of options.counts) {
          const texts = options.texts.slice(0, count);
          const scores = await page.evaluate(
            (t) => (window as unknown as BenchWindow).zeroShotBench.check(t),
            texts,
          );
          const times = await page.evaluate(
            ([t, rounds]) => (window as unknown as BenchWindow).zeroShotBench.time(t, rounds),
            [texts, model.rounds] as const,
          );
          cases.push(
            summarizeCase({
              model: model.id,
              texts: count,
              labels: options.labels.length,
              ...scores,
              ...times,
            }),
          );
        }
        check();
        results.push({ model, threads, onnxFiles: onnxDownloads(hub.requests), cases });
      } finally {
        await context.close();
        await hub.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { version, results };
}
