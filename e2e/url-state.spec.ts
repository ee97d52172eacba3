import { appUrl, expect, test } from './support/fixtures.ts';
import { TINY_T5 } from './support/summarize-page.ts';

test('Summarize keeps its model, text, method and settings in the URL across a reload', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'summarize'));
  await page.getByTestId('model-input').fill(TINY_T5);
  await page.getByTestId('article-input').fill('A short article about the river.');
  await page.getByTestId('setting-num_beams').fill('3');
  await page.getByTestId('setting-early_stopping').selectOption('never');
  await page.getByTestId('prefix-input').fill('summarize briefly: ');
  await page.getByTestId('setting-chunking').check();
  await expect(page).toHaveURL(/num_beams=3/);

  await page.reload();
  await expect(page.getByTestId('model-input')).toHaveValue(TINY_T5);
  await expect(page.getByTestId('article-input')).toHaveValue('A short article about the river.');
  await expect(page.getByTestId('setting-num_beams')).toHaveValue('3');
  await expect(page.getByTestId('setting-early_stopping')).toHaveValue('never');
  await expect(page.getByTestId('prefix-input')).toHaveValue('summarize briefly: ');
  await expect(page.getByTestId('setting-chunking')).toBeChecked();
  await expect(page.getByTestId('model-host')).toHaveText(hub.url);

  // The extractive method and its sentence count too.
  await page.getByTestId('method-lead').check();
  await page.reload();
  await expect(page.getByTestId('method-lead')).toBeChecked();
});

test('a query after the hash is read like one before it, and wins', async ({ page, hub }) => {
  const q = new URLSearchParams({ hub: hub.url, model: 'org/before' }).toString();
  await page.goto(`/?${q}#/summarize?model=${encodeURIComponent(TINY_T5)}&num_beams=2`);
  await expect(page.getByTestId('model-input')).toHaveValue(TINY_T5);
  await expect(page.getByTestId('setting-num_beams')).toHaveValue('2');
  // One query remains, before the hash; the route is the view's.
  expect(new URL(page.url()).hash).toBe('#/summarize');
  expect(new URL(page.url()).searchParams.get('model')).toBe(TINY_T5);
});

test('a refused hub= address is named with the reason, and the host in use is shown', async ({ page }) => {
  await page.goto(`/?hub=${encodeURIComponent('javascript:alert(1)')}#/summarize`);
  const notice = page.getByTestId('hub-rejected');
  await expect(notice).toContainText('javascript:alert(1)');
  await expect(notice).toContainText('only http and https addresses can serve models');
  await expect(notice).toContainText('https://huggingface.co');
  await expect(page.getByTestId('model-host')).toHaveText('https://huggingface.co');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('Models & offline, loaded directly, offers the models chosen before, named as the views name them', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'summarize'));
  await page.getByTestId('model-input').fill('glasspipe-test/tiny-bart');
  await page.goto(`/?hub=${encodeURIComponent(hub.url)}#/models`);
  const readiness = page.getByTestId('offline-readiness');
  await expect(readiness.getByTestId('ready-summarize')).toContainText('glasspipe-test/tiny-bart');
  // The lab's default tokenizer ships with the app: it does not "need the network".
  const tokenizer = readiness.getByTestId('ready-tokenizer');
  await expect(tokenizer).toContainText('bundled/qwen3');
  await expect(tokenizer).toContainText('ships with the app');
  await expect(tokenizer).not.toContainText('network');
});

test('the Tokenizer lab keeps a local-folder tokenizer in the URL (source=local)', async ({ page }) => {
  await page.goto('/#/tokenizer');
  await page.getByTestId('tokenizer-model-input').fill('local-test/tiny-t5');
  await page.getByTestId('tokenizer-location').selectOption('local');
  await expect(page).toHaveURL(/source=local/);
  await page.reload();
  await expect(page.getByTestId('tokenizer-model-input')).toHaveValue('local-test/tiny-t5');
  await expect(page.getByTestId('tokenizer-location')).toHaveValue('local');
});
