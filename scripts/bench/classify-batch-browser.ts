/**
 * Issue 12: a 1,000-line batch in Chromium, as a person runs it — Sentiment on tiny-sentiment
 * and Zero-shot on tiny-nli (3 labels): the longest main-thread task while results stream in
 * (target: none over 50 ms), the time to the first results and to the whole batch, and how soon
 * Cancel takes effect mid-batch (click → "Cancelled.").
 */
import { chromium, type Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../../e2e/support/browser.ts';
import { startLoopbackHub } from '../../e2e/support/loopback-hub.ts';
import { serveStatic } from '../../e2e/support/static-server.ts';
import { clickCancelAndTime } from './click-cancel.ts';

const LINES = 1000;
const SENTENCES = [
  'The football team played a great match and the fans were happy.',
  'The chef baked fresh bread for a wonderful dinner.',
  'The minister gave a terrible speech before the election.',
  'Our flight was late and the hotel was awful.',
];

interface ViewCase {
  name: string;
  route: string;
  query: Record<string, string>;
  input: string;
  /** The element that appears when the whole batch is done. */
  done: string;
}

const CASES: readonly ViewCase[] = [
  {
    name: 'Sentiment, glasspipe-test/tiny-sentiment',
    route: 'tasks/sentiment',
    query: { model: 'glasspipe-test/tiny-sentiment' },
    input: 'sentiment-input',
    done: 'sentiment-result',
  },
  {
    name: 'Zero-shot, glasspipe-test/tiny-nli, 3 labels (3,000 pairs)',
    route: 'tasks/zero-shot',
    query: { model: 'glasspipe-test/tiny-nli', labels: 'sports, cooking, politics', batch: 'lines' },
    input: 'zeroshot-input',
    done: 'zeroshot-facts',
  },
];

async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    Object.assign(window, { __longTasks: tasks });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

async function runCase(page: Page, base: string, hubUrl: string, c: ViewCase): Promise<string[]> {
  const q = new URLSearchParams({ hub: hubUrl, dtype: 'fp32', ...c.query });
  await page.goto(`${base}/?${q.toString()}#/${c.route}`);
  const lines = Array.from({ length: LINES }, (_, i) => SENTENCES[i % SENTENCES.length]).join('\n');
  await page.getByTestId(c.input).fill(lines);
  // A first run loads the model (and warms the page); the measured run follows.
  await page.getByTestId('run-button').click();
  await page.getByTestId(c.done).waitFor({ timeout: 120_000 });
  await observeLongTasks(page);
  const t0 = Date.now();
  await page.getByTestId('run-button').click();
  await page.getByTestId(c.done).waitFor({ timeout: 120_000 });
  const totalMs = Date.now() - t0;
  await page.waitForTimeout(300); // the render that follows the result
  const tasks = await longTasks(page);
  // Cancel mid-batch on a slow device (the `slow-steps` fault: 25 ms before each pass), so that
  // the batch is surely still running when Cancel is clicked.
  await page.goto(`${base}/?${q.toString()}&faults=slow-steps#/${c.route}`);
  await page.getByTestId(c.input).fill(lines);
  await page.getByTestId('run-button').click();
  await page.waitForFunction(
    () => (document.querySelector('[role=status]')?.textContent ?? '').includes('Classifying'),
    null,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(200);
  const cancelMs = await clickCancelAndTime(page);
  return [
    `  ${c.name}, ${LINES} lines: whole batch ${totalMs} ms (a warm model) · main-thread tasks over 50 ms: ${tasks.length}` +
      `${tasks.length > 0 ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''} (target: none)` +
      ` · Cancel mid-batch (25 ms passes) → "Cancelled." ${Number.isNaN(cancelMs) ? 'not measured: the batch ended first' : `${cancelMs.toFixed(0)} ms`}`,
  ];
}

export async function benchClassifyBatchBrowser(fixtureRoot: string): Promise<string[]> {
  const hub = await startLoopbackHub({ root: fixtureRoot, port: 0 });
  const server = await serveStatic(resolve('dist'), 4206, true);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    const lines = [
      `  load average ${loadavg()[0]?.toFixed(1)} (long tasks are wall time: a busy machine inflates them)`,
    ];
    for (const c of CASES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        lines.push(...(await runCase(await context.newPage(), server.url, hub.url, c)));
      } finally {
        await context.close();
      }
    }
    return lines;
  } finally {
    await browser.close();
    server.close();
    await hub.close();
  }
}
