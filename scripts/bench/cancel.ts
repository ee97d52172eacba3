/**
 * Issue 10: how soon a cancel takes effect during generation, in Chromium, as a person sees it:
 * from the click on Cancel to "Cancelled." on the page, with tiny-t5 generating 2,000 tokens
 * (greedy and 4 beams), and whether the worker had to be reset (the 2 s fallback).
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../../e2e/support/browser.ts';
import { startLoopbackHub } from '../../e2e/support/loopback-hub.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';
import { clickCancelAndTime } from './click-cancel.ts';

const RUNS = 5;
const ARTICLE =
  'The city council met on Tuesday to discuss the new park. Residents said the park would bring families ' +
  'together, and the mayor promised that work would start in the spring. Some people worried about the cost.';

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

export async function benchCancel(fixtureRoot: string): Promise<string[]> {
  const hub = await startLoopbackHub({ root: fixtureRoot, port: 0 });
  const server = await serveStatic(resolve('dist'), 4204, true);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: QUIET_CHROMIUM_ARGS,
  });
  const lines: string[] = [];
  try {
    for (const beams of [1, 4]) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      let workers = 0;
      page.on('worker', () => (workers += 1));
      const q = new URLSearchParams({ hub: hub.url, model: 'glasspipe-test/tiny-t5', text: ARTICLE });
      await page.goto(`${server.url}/?${q.toString()}#/summarize`);
      for (const [name, value] of Object.entries({ num_beams: beams, min_length: 2000, max_length: 2000 }))
        await page.getByTestId(`setting-${name}`).fill(String(value));
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.getByTestId('summarize-button').click();
        await page.waitForSelector('[data-testid="stage-decoding"][data-state="running"]', {
          timeout: 60_000,
        });
        await page.waitForTimeout(1000); // generating at full speed
        samples.push(await clickCancelAndTime(page));
      }
      lines.push(
        `  ${beams === 1 ? 'greedy' : `${beams} beams`}: click → "Cancelled." median ${percentile(samples, 0.5).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms over ${RUNS} runs (target < 100 ms) · worker resets: ${workers - 1}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    await hub.close();
  }
  return lines;
}
