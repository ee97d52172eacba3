import type { Page } from '@playwright/test';
import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { GREEDY, setGeneration, summarizeAndWait, TINY_T5 } from './support/summarize-page.ts';

const TINY_BART = 'glasspipe-test/tiny-bart';
// About 2,000 characters of news prose, 665 tiny-bart tokens: more than the 512 positions of its
// config, fewer than its tokenizer's model_max_length of 1024.
const LONG_ARTICLE = Array.from(
  { length: 24 },
  (_, i) => `On day ${i + 1} the river rose near the old mill, and the council met to plan the repairs.`,
).join(' ');
const SHORT_TEXT =
  'The city council met on Tuesday to discuss the new park. Residents said it would bring families ' +
  'together, and the mayor promised that work would start in the spring. Some people worried about the cost.';

async function summarize(page: Page, model: string, text: string) {
  await page.getByTestId('model-input').fill(model);
  await page.getByTestId('article-input').fill(text);
  const summary = await summarizeAndWait(page);
  await expect(page.getByTestId('job-error')).toHaveCount(0);
  return summary;
}

test('an input longer than the position table is truncated to it, with the usual warning', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'summarize', { model: TINY_BART, text: LONG_ARTICLE }));
  await setGeneration(page, GREEDY);
  const summary = await summarizeAndWait(page);
  expect(summary.text.length).toBeGreaterThan(0);
  await expect(page.getByTestId('truncation-warning')).toBeVisible();
  expect(await readJson(page, 'input-limit')).toEqual({
    tokens: 512,
    source: 'max_position_embeddings',
    modelMaxLength: 1024,
  });
  await expect(page.getByTestId('input-limit')).toContainText('limit 512 tokens');

  // Chunking cuts the article into parts that fit the same limit.
  await page.getByTestId('setting-chunking').check();
  const chunked = await summarizeAndWait(page);
  expect(chunked.text.length).toBeGreaterThan(0);
  await expect(page.getByText(/Chunk summaries \((\d+)\)/)).toContainText(/\([2-9]\)/);
  await expect(page.getByTestId('job-error')).toHaveCount(0);
});

test('a run that fails inside onnxruntime leaves the page working: three different jobs succeed after it', async ({
  page,
  hub,
}) => {
  // skip-input-limit feeds all 665 tokens to a model with 512 positions: a real OrtRun failure,
  // which used to break every later job in the worker, other models included.
  await page.goto(
    appUrl(hub, 'summarize', { model: TINY_BART, text: LONG_ARTICLE, faults: 'skip-input-limit' }),
  );
  await setGeneration(page, GREEDY);
  await page.getByTestId('summarize-button').click();
  const error = page.getByTestId('job-error');
  await expect(error).toBeVisible({ timeout: 30_000 });
  expect(await readJson(page, 'job-error')).toEqual({ code: 'model-failed' });
  // A human message; the raw runtime text only in the collapsed details; no promise that a retry helps.
  await expect(error).toContainText('stopped with an error while running');
  await expect(error).not.toContainText('This may work if you try again');
  const details = page.getByTestId('job-error-details');
  await expect(details).not.toHaveAttribute('open');
  await expect(details.locator('pre')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.locator('pre')).toContainText('OrtRun');
  // The long build path wraps inside the box: the page is no wider than the viewport.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // Another model, then the model that failed (its session was cached before), then that model
  // on the same long article in chunks that fit its positions.
  const t5Short = await summarize(page, TINY_T5, SHORT_TEXT);
  expect(t5Short.text.length).toBeGreaterThan(0);
  const bartShort = await summarize(page, TINY_BART, SHORT_TEXT);
  expect(bartShort.text.length).toBeGreaterThan(0);
  await page.getByTestId('setting-chunking').check();
  const bartChunked = await summarize(page, TINY_BART, LONG_ARTICLE);
  expect(bartChunked.text.length).toBeGreaterThan(0);
});
