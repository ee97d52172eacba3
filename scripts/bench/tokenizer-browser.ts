/**
 * Issue 3 targets, measured in Chromium on the production build: for a 100,000-character
 * article, the worker's tokenization time after a keystroke (target < 50 ms) and the main
 * thread's work to render it (target: no task over 50 ms), as median and p95 over keystrokes.
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../../e2e/support/browser.ts';
import { benchArticle } from '../bundled-tokenizers/bench-tokenize.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';

const PORT = 4199;
const KEYSTROKES = 15;

function stats(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms · p95 ${at(0.95).toFixed(1)} ms`;
}

export async function benchTokenizerBrowser(model = 'bundled/qwen3'): Promise<string[]> {
  // The built app, served as `npm start` serves it (cross-origin isolated).
  const server = await serveStatic(resolve('dist'), PORT, true);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    const base = `http://127.0.0.1:${PORT}/`;
    const page = await browser.newPage();
    await page.goto(`${base}?model=${encodeURIComponent(model)}#/tokenizer`);
    // Long tasks on the main thread, collected by the page itself.
    await page.evaluate(() => {
      const tasks: number[] = [];
      Object.assign(window, { __longTasks: tasks });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    const input = page.getByTestId('tokenizer-input').first();
    await input.fill(benchArticle().text);
    const timing = page.getByTestId('lab-timing');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="lab-timing"]')?.getAttribute('data-value'),
      null,
      { timeout: 60_000 },
    );
    const worker: number[] = [];
    const latency: number[] = [];
    const longest: number[] = [];
    await input.focus();
    await page.keyboard.press('End');
    for (let i = 0; i < KEYSTROKES; i++) {
      const before = await timing.getAttribute('data-value');
      await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
      const t0 = Date.now();
      await page.keyboard.type(i % 2 === 0 ? 'x' : ' ');
      await page.waitForFunction((prev) => {
        const v = document.querySelector('[data-testid="lab-timing"]')?.getAttribute('data-value');
        return v && v !== prev;
      }, before);
      latency.push(Date.now() - t0);
      const value = JSON.parse((await timing.getAttribute('data-value')) ?? '{}') as { encodeMs?: number };
      worker.push(value.encodeMs ?? NaN);
      // Let the render that follows the result finish before reading the long tasks.
      await page.waitForTimeout(150);
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      longest.push(Math.max(0, ...tasks));
    }
    return [
      `${model}, 100,000 characters (${benchArticle().source}), ${KEYSTROKES} keystrokes at the end of the text, Chromium:`,
      `  worker tokenization (encodeBatch on new text): ${stats(worker)} (target < 50 ms)`,
      `  longest main-thread task per keystroke: ${stats(longest)} (target: none over 50 ms; 0 = no task over 50 ms)`,
      `  keystroke → tensors on screen (includes the 120 ms debounce): ${stats(latency)}`,
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
