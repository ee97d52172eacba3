import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { ARTICLE, GREEDY, setGeneration, summarizeAndWait, TINY_T5 } from './support/summarize-page.ts';

async function errorCode(page: import('@playwright/test').Page): Promise<string> {
  await expect(page.getByTestId('job-error')).toBeVisible({ timeout: 30_000 });
  return (await readJson<{ code: string }>(page, 'job-error')).code;
}

test('empty input, a missing model and a dead host each get a specific message; the next job works', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5 }));
  await setGeneration(page, GREEDY);

  await page.getByTestId('summarize-button').click();
  expect(await errorCode(page)).toBe('empty-input');
  await expect(page.getByTestId('job-error')).toContainText('no text to summarize');

  await page.getByTestId('article-input').fill(ARTICLE);
  await page.getByTestId('model-input').fill('glasspipe-test/no-such-model');
  await page.getByTestId('summarize-button').click();
  expect(await errorCode(page)).toBe('model-not-found');
  await expect(page.getByTestId('job-error')).toContainText('"glasspipe-test/no-such-model" was not found');

  await page.getByTestId('model-input').fill(TINY_T5);
  const summary = await summarizeAndWait(page);
  expect(summary.text.length).toBeGreaterThan(0);
  await expect(page.getByTestId('job-error')).toHaveCount(0);
});

test('a host that does not answer is named in the message', async ({ page }) => {
  // Port 9 (discard) is closed on loopback: the connection is refused at once.
  await page.goto(
    `/?hub=${encodeURIComponent('http://127.0.0.1:9')}&model=${TINY_T5}&text=${encodeURIComponent(ARTICLE)}#/summarize`,
  );
  await page.getByTestId('summarize-button').click();
  expect(await errorCode(page)).toBe('network');
  await expect(page.getByTestId('job-error')).toContainText('http://127.0.0.1:9');
});

test('a model file answered with HTML is reported as unreadable, not run', async ({ page, hub }) => {
  hub.setFault('config.json', 'html');
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  await page.getByTestId('summarize-button').click();
  expect(await errorCode(page)).toBe('corrupt-model');
});

test('a 1 MB article is truncated with a warning, and the extractive methods handle all of it', async ({
  page,
  hub,
}) => {
  test.setTimeout(120_000);
  const sentence = 'The river rose near the old mill and the town council met to discuss the flood. ';
  const article = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5 }));
  await page.getByTestId('article-input').fill(article);
  await setGeneration(page, { num_beams: 1, max_length: 10 });
  const summary = await summarizeAndWait(page);
  expect(summary.text.length).toBeGreaterThan(0);
  await expect(page.getByTestId('truncation-warning')).toContainText(/\d+ tokens of the article were cut/);

  await page.getByTestId('method-textrank').check();
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('chosen-sentence')).toHaveCount(3, { timeout: 60_000 });
  await expect(page.getByTestId('job-error')).toHaveCount(0);
});
