/**
 * The text-generation bench in Chromium: builds page.ts with Vite (into .bench/, never
 * committed), serves it with onnxruntime-web's runtime files from our own server, cross-origin
 * isolated as the app is served, and the model from the loopback hub (the app's code path), then
 * drives the page: load once, then both sides in interleaved rounds, timed in the page (no
 * Playwright round trip is timed).
 */
import { chromium, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../../../e2e/support/browser.ts';
import { startLoopbackHub } from '../../../e2e/support/loopback-hub.ts';
import { serveStatic } from '../../../e2e/support/static-server.ts';
import type { GreedyComparison } from './greedy-runs.ts';
import type { BenchWindow, PageInfo, PageSetup } from './page-api.ts';

const PAGE_DIR = fileURLToPath(new URL('.', import.meta.url));
/** Where the page is built: .bench/ is ignored by git. */
const OUT_DIR = resolve('.bench/text-generation-browser');

export interface ChromiumTextGenerationOptions extends Omit<PageSetup, 'hubUrl'> {
  /** Folder in Hub layout that holds the model. */
  root: string;
  rounds: number;
}

async function buildPage(outDir = OUT_DIR): Promise<string> {
  await build({
    configFile: false,
    root: PAGE_DIR,
    base: './',
    logLevel: 'warn',
    clearScreen: false,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      // Rolldown reports slow plugins when the machine is busy: noise among the bench's figures.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  return outDir;
}

/** Fails the bench on a page error, and on any request that is not to our two servers. */
function watchPage(page: Page, origins: readonly string[]): () => void {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('crash', () => problems.push('the page crashed (out of memory?)'));
  page.on('request', (request) => {
    const url = request.url();
    if (!origins.some((origin) => url.startsWith(`${origin}/`)) && !/^(blob|data):/.test(url))
      problems.push(`request outside the bench's servers: ${url}`);
  });
  return () => {
    if (problems.length > 0) throw new Error(`text-generation bench page: ${problems.join('; ')}`);
  };
}

export async function benchTextGenerationInChromium(
  options: ChromiumTextGenerationOptions,
): Promise<{ version: string; info: PageInfo; comparison: GreedyComparison }> {
  const server = await serveStatic(await buildPage(), 0, true);
  const hub = await startLoopbackHub({ root: options.root, port: 0 });
  const executablePath = chromiumExecutable();
  try {
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: QUIET_CHROMIUM_ARGS,
    });
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      // Loading hundreds of MB and 2 × (rounds + 1) generations take minutes on WASM.
      page.setDefaultTimeout(15 * 60_000);
      const check = watchPage(page, [server.url, hub.url]);
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => 'textGenerationBench' in window);
      const setup: PageSetup = {
        hubUrl: hub.url,
        model: options.model,
        promptIds: options.promptIds,
        maxNewTokens: options.maxNewTokens,
      };
      const info = await page.evaluate(
        (s) => (window as unknown as BenchWindow).textGenerationBench.setup(s),
        setup,
      );
      const comparison = await page.evaluate(
        (rounds) => (window as unknown as BenchWindow).textGenerationBench.compare(rounds),
        options.rounds,
      );
      check();
      return { version: browser.version(), info, comparison };
    } finally {
      await browser.close();
    }
  } finally {
    await hub.close();
    server.close();
  }
}
