import { resolve } from 'node:path';
import { serveStatic } from './support/static-server.ts';
import { expect, test } from './support/fixtures.ts';

test('served cross-origin isolated, WASM may use several threads; the badge says how many', async ({
  page,
}) => {
  await page.goto('/?threads=2#/summarize');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const badge = page.getByTestId('device-badge');
  await expect(badge).toHaveAttribute('data-threads', '2');
  await expect(badge).toHaveAttribute('title', /WASM threads: 2/);
});

test('without isolation (a plain static host) it falls back to one thread and still works', async ({
  browser,
}) => {
  const server = await serveStatic(resolve('dist'), 0, false);
  try {
    const page = await browser.newPage();
    const text = 'One sentence here. Another sentence there. A third one.';
    await page.goto(`${server.url}/?threads=2&text=${encodeURIComponent(text)}#/summarize`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    await expect(page.getByTestId('device-badge')).toHaveAttribute('data-threads', '1');
    await expect(page.getByTestId('device-badge')).toHaveAttribute('title', /not cross-origin isolated/);
    await page.getByTestId('method-lead').check();
    await page.getByTestId('summarize-button').click();
    await expect(page.getByTestId('summary-output')).toHaveAttribute('data-value', /"done":true/);
    await page.close();
  } finally {
    server.close();
  }
});
