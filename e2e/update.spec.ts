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
    await expect(page.getByTestId('update-prompt')).toContainText('loads without the network');

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
