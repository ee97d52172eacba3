import { expect, readJson, test } from './support/fixtures.ts';

// Written for this test: the third sentence shares words with most others (the "centre").
const ARTICLE = [
  'Heavy rain fell across the valley on Monday.',
  'Farmers moved their cattle to higher fields.',
  'The river flooded the valley roads after the heavy rain, and farmers could not reach the town.',
  'Officials said the town roads would reopen when the river fell.',
  'A local bakery gave away bread.',
].join(' ');

test('extractive summaries work with the network off, and highlight the chosen sentences', async ({
  page,
  context,
}) => {
  await page.goto(`/?text=${encodeURIComponent(ARTICLE)}#/summarize`);
  await context.setOffline(true);

  await page.getByTestId('method-lead').check();
  await page.getByTestId('setting-sentences').fill('2');
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('summary-output')).toHaveAttribute('data-value', /"done":true/);
  expect((await readJson<{ text: string }>(page, 'summary-output')).text).toBe(
    'Heavy rain fell across the valley on Monday. Farmers moved their cattle to higher fields.',
  );

  await page.getByTestId('method-textrank').check();
  await page.getByTestId('setting-sentences').fill('1');
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('chosen-sentence')).toHaveCount(1);
  const chosen = await readJson<{ start: number; end: number; rank: number }>(page, 'chosen-sentence');
  expect(ARTICLE.slice(chosen.start, chosen.end)).toMatch(/^The river flooded the valley roads/);
  expect(chosen.rank).toBe(1);
});

test('when the model cannot be reached, the error offers the extractive summary', async ({ page }) => {
  await page.goto(
    `/?hub=${encodeURIComponent('http://127.0.0.1:9')}&text=${encodeURIComponent(ARTICLE)}#/summarize`,
  );
  await page.getByTestId('summarize-button').click();
  await page.getByTestId('use-extractive').click();
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('chosen-sentence').first()).toBeVisible();
});
