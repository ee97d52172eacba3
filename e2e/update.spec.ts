import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from './support/static-server.ts';
import { expect, test } from './support/fixtures.ts';

test('a new version waits behind an "update available" prompt and is used after the reload', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'glasspipe-update-'));
  cpSync(resolve('dist'), root, { recursive: true });
  const server = await serveStatic(root, 0, true);
  try {
    await page.goto(`${server.url}/#/summarize`);
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 })
      .toBe(true);
    const ready = page.getByTestId('update-prompt');
    await expect(ready).toContainText('loads without the network');
    // In the page's flow, above the views: nothing of a view lies under it.
    const readyBox = await ready.boundingBox();
    const mainBox = await page.locator('main').boundingBox();
    expect(readyBox && mainBox && readyBox.y + readyBox.height <= mainBox.y).toBe(true);
    // It asks for nothing, so it goes by itself.
    await expect(ready).toHaveCount(0, { timeout: 15_000 });

    // A new deployment: a service worker that differs by one byte is a new version.
    appendFileSync(join(root, 'sw.js'), '\n// next version\n');
    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('A new version of Glasspipe is available', { timeout: 30_000 });
    // Until the person agrees, the page keeps the version it was loaded with.
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await expect(prompt).toHaveCount(0, { timeout: 30_000 });
    await expect
      .poll(() =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null),
      )
      .toBe(true);
    expect(before).toContain('/sw.js');
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
