import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

    // A new deployment: its index.html says "build 2", and its service worker precaches that
    // index.html under a new revision (what `vite build` does when the page changes).
    const html = join(root, 'index.html');
    writeFileSync(
      html,
      readFileSync(html, 'utf8').replace('<head>', '<head><meta name="glasspipe-build" content="2">'),
    );
    const sw = join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/(url:"index\.html",revision:")[^"]*"/, '$1build-2"'));
    // Read while the page may be reloading: a navigation in progress reads as no build yet.
    const build = () =>
      page
        .evaluate(() => document.querySelector('meta[name=glasspipe-build]')?.getAttribute('content') ?? '1')
        .catch(() => 'reloading');

    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('A new version of Glasspipe is available', { timeout: 30_000 });
    // The new version is installed and waiting, yet the page keeps the one it was loaded with,
    // even across a reload, until the person agrees.
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
    ).toBe(true);
    expect(await build()).toBe('1');
    await page.reload();
    await expect(prompt).toContainText('A new version of Glasspipe is available', { timeout: 30_000 });
    expect(await build()).toBe('1');

    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await expect.poll(build, { timeout: 30_000 }).toBe('2');
    await expect(prompt).toHaveCount(0, { timeout: 30_000 });
    await expect
      .poll(() =>
        page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null),
      )
      .toBe(true);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
