import { expect, readJson, test } from './support/fixtures.ts';
import { referenceSummary } from './support/reference-run.ts';
import { ARTICLE, GREEDY, setGeneration, summarizeAndWait, TINY_T5 } from './support/summarize-page.ts';

test('a model in the app folder (public/models) runs with no model host at all', async ({
  page,
  network,
}) => {
  // The model host is a dead address: everything must come from the app itself.
  await page.goto(
    `/?hub=${encodeURIComponent('http://127.0.0.1:9')}&dtype=fp32&text=${encodeURIComponent(ARTICLE)}#/summarize`,
  );
  await page.getByTestId('model-input').fill('local-test/tiny-t5');
  await page.getByTestId('model-location').selectOption('local');
  await setGeneration(page, GREEDY);
  const summary = await summarizeAndWait(page);
  expect(summary.text).toBe((await referenceSummary(TINY_T5, ARTICLE, { dtype: 'fp32', ...GREEDY })).trim());
  expect(network.all.some((u) => u.includes('/models/local-test/tiny-t5/onnx/'))).toBe(true);
  expect(network.all.some((u) => u.startsWith('http://127.0.0.1:9/'))).toBe(false);
});

test('a local model that is not there gets a clear message naming the folder', async ({ page }) => {
  await page.goto(`/?text=${encodeURIComponent(ARTICLE)}#/summarize`);
  await page.getByTestId('model-input').fill('local-test/missing');
  await page.getByTestId('model-location').selectOption('local');
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('job-error')).toBeVisible();
  expect(await readJson<{ code: string }>(page, 'job-error')).toEqual({ code: 'model-not-found' });
  await expect(page.getByTestId('job-error')).toContainText("the app's local model folder (/models/)");
  await expect(page.getByTestId('job-error')).toContainText('npm run models:pull -- local-test/missing');
});
