/**
 * Issue 5: the same fixture job on multi-threaded and single-threaded WASM in Chromium. The app
 * runs onnxruntime-web on several threads only when the page is cross-origin isolated, so the
 * built app is served once with COOP/COEP and once without.
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../../e2e/support/browser.ts';
import { startLoopbackHub } from '../../e2e/support/loopback-hub.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';

const ARTICLE =
  'The city council met on Tuesday to discuss the new park. Residents said the park would bring families ' +
  'together, and the mayor promised that work would start in the spring. Some people worried about the cost.';
const RUNS = 5;

interface Timings {
  encodeMs: number;
  generateMs: number;
}

export async function benchWasmThreads(hubRoot: string): Promise<string[]> {
  const hub = await startLoopbackHub({ root: hubRoot, port: 0 });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: QUIET_CHROMIUM_ARGS,
  });
  const lines: string[] = [];
  try {
    for (const [isolated, port, threads] of [
      [true, 4201, '2'],
      [true, 4203, ''],
      [false, 4202, ''],
    ] as const) {
      const server = await serveStatic(resolve('dist'), port, isolated);
      try {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const q = new URLSearchParams({
          hub: hub.url,
          model: 'glasspipe-test/bench-t5',
          text: ARTICLE,
          dtype: 'fp32',
          device: 'wasm',
        });
        if (threads) q.set('threads', threads);
        await page.goto(`http://127.0.0.1:${port}/?${q.toString()}#/summarize`);
        for (const [name, value] of Object.entries({
          num_beams: 1,
          min_length: 30,
          max_length: 30,
          no_repeat_ngram_size: 0,
        })) {
          await page.getByTestId(`setting-${name}`).fill(String(value));
        }
        const samples: Timings[] = [];
        for (let i = 0; i <= RUNS; i++) {
          await page.getByTestId('summarize-button').click();
          await page.getByTestId('summary-timings').waitFor({ timeout: 120_000 });
          await page.waitForFunction(() =>
            document
              .querySelector('[data-testid="summary-output"]')
              ?.getAttribute('data-value')
              ?.includes('"done":true'),
          );
          const t = JSON.parse(
            (await page.getByTestId('summary-timings').getAttribute('data-value')) ?? '{}',
          ) as Timings;
          if (i > 0) samples.push(t); // the first run loads and warms up
        }
        const badgeThreads = await page.getByTestId('device-badge').getAttribute('data-threads');
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
        const encode = median(samples.map((s) => s.encodeMs));
        const decode = median(samples.map((s) => s.generateMs));
        lines.push(
          `  ${isolated ? `cross-origin isolated${threads ? `, ?threads=${threads}` : ' (default)'}` : 'not isolated'}: ${badgeThreads} WASM thread(s) · encoder ${encode.toFixed(1)} ms · 29 decoder steps ${decode.toFixed(1)} ms (median of ${RUNS})`,
        );
        await context.close();
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
    await hub.close();
  }
  return lines;
}
