import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import {
  classifyAndWait,
  expectPythonScores,
  FOOTBALL,
  label2id,
  mainThreadTaskMs,
  TINY_NLI,
  waitInPage,
  type ZeroShotValue,
} from './support/zero-shot-page.ts';

const LABELS = 'sports, politics, cooking';

test('labels best first, scores that Python’s rules give from the pair logits, in both modes', async ({
  page,
  hub,
  network,
}) => {
  await page.goto(appUrl(hub, 'tasks/zero-shot', { model: TINY_NLI, text: FOOTBALL }));
  await page.getByTestId('zeroshot-labels').fill(LABELS);
  await expect(page.getByTestId('zeroshot-label-chip')).toHaveText([/sports/, /politics/, /cooking/]);
  await expect(page.getByTestId('zeroshot-template')).toHaveValue('This example is {}.');
  const ids = label2id(TINY_NLI);
  expect(ids).toEqual({ contradiction: 0, ENTAILMENT: 1, neutral: 2 });

  const single = await classifyAndWait(page);
  expect(single.sequence).toBe(FOOTBALL);
  expect(single.multiLabel).toBe(false);
  expect(single.labels[0]).toBe('sports');
  expect(single.pairs.map((p) => p.label)).toEqual(['sports', 'politics', 'cooking']);
  expect(single.pairs.map((p) => p.hypothesis)).toEqual([
    'This example is sports.',
    'This example is politics.',
    'This example is cooking.',
  ]);
  for (const pair of single.pairs) expect(pair.logits).toHaveLength(3);
  expectPythonScores(single, ids);
  expect(single.scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  // The glass box names the ids it read and the mode.
  await expect(page.getByTestId('zeroshot-scoring')).toHaveText('across-labels');
  await expect(page.getByTestId('zeroshot-derivation')).toContainText('id 1 (“ENTAILMENT”)');
  await expect(page.getByTestId('zeroshot-score').first()).toContainText(single.scores[0]?.toFixed(4) ?? '');
  await expect(page.getByTestId('zeroshot-token').filter({ hasText: 'football' }).first()).toHaveAttribute(
    'data-type-id',
    '0',
  );

  await page.getByTestId('setting-multi_label').check();
  const multi = await classifyAndWait(page);
  expect(multi.multiLabel).toBe(true);
  expect(multi.labels[0]).toBe('sports');
  expectPythonScores(multi, ids);
  await expect(page.getByTestId('zeroshot-scoring')).toHaveText('per-label');
  await expect(page.getByTestId('zeroshot-derivation')).toHaveAttribute('data-scoring', 'per-label');
  expect(network.outside).toEqual([]);
});

test('the template is filled literally (a label with $&), a template without {} is refused, and the next run works', async ({
  page,
  hub,
}) => {
  const template = 'The topic: {} (really).';
  await page.goto(
    appUrl(hub, 'tasks/zero-shot', { model: TINY_NLI, text: FOOTBALL, labels: 'sports, a $& b', template }),
  );
  const value = await classifyAndWait(page);
  expect(value.pairs.map((p) => p.hypothesis)).toEqual([
    'The topic: sports (really).',
    'The topic: a $& b (really).',
  ]);
  expectPythonScores(value, label2id(TINY_NLI));
  await expect(page.getByTestId('zeroshot-hypothesis').nth(1)).toHaveText('The topic: a $& b (really).');

  await page.getByTestId('zeroshot-template').fill('This example is about labels.');
  await page.getByTestId('run-button').click();
  const error = page.getByTestId('job-error');
  await expect(error).toContainText('has no "{}"');
  await expect(error).toHaveAttribute('data-value', '{"code":"invalid-settings"}');
  await expect(page.getByTestId('zeroshot-result')).toHaveCount(0);

  await page.getByTestId('zeroshot-template').fill('This example is {}.');
  const after = await classifyAndWait(page);
  await expect(error).toHaveCount(0);
  expect(after.labels[0]).toBe('sports');
});

test('bad input comes back as job errors: no text, no labels, a model that is not NLI', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'tasks/zero-shot', { model: TINY_NLI, labels: LABELS }));
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('job-error')).toContainText('no text to classify');

  await page.getByTestId('zeroshot-input').fill(FOOTBALL);
  await page.getByTestId('zeroshot-labels').fill(' , ');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('job-error')).toContainText('no candidate labels');

  await page.getByTestId('zeroshot-labels').fill(LABELS);
  await page.getByTestId('zeroshot-model').fill('glasspipe-test/tiny-sentiment');
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('job-error')).toHaveAttribute('data-value', '{"code":"unsupported-model"}', {
    timeout: 30_000,
  });

  await page.getByTestId('zeroshot-model').fill(TINY_NLI);
  const value = await classifyAndWait(page);
  expect(value.labels[0]).toBe('sports');
});

test('a batch: one block per line, blank lines skipped, duplicate labels merged with a note', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'tasks/zero-shot', { model: TINY_NLI, labels: `${LABELS}, sports` }));
  await page.getByTestId('setting-batch').check();
  await page
    .getByTestId('zeroshot-input')
    .fill(`${FOOTBALL}\n\nThe chef baked fresh bread for dinner.\nThe minister spoke before the election.`);
  await expect(page.getByTestId('zeroshot-text-count')).toContainText('3 texts');
  const first = await classifyAndWait(page);
  expect(first.sequence).toBe(FOOTBALL);
  const items = page.getByTestId('zeroshot-item');
  await expect(items).toHaveCount(3);
  const values = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-value') ?? ''));
  const parsed = values.map((v) => JSON.parse(v) as ZeroShotValue);
  expect(parsed.map((v) => v.labels[0])).toEqual(['sports', 'cooking', 'politics']);
  for (const v of parsed) expectPythonScores(v, label2id(TINY_NLI));
  expect(await readJson(page, 'zeroshot-skipped')).toEqual([1]);
  await expect(page.getByTestId('zeroshot-notes')).toContainText('"sports" was given more than once');
});

test('the settings live in the URL and survive a reload', async ({ page, hub }) => {
  await page.goto(appUrl(hub, 'tasks/zero-shot', { model: TINY_NLI }));
  await page.getByTestId('zeroshot-input').fill(FOOTBALL);
  // Labels as chips: Enter and a comma add, Backspace in the empty box removes the last.
  const add = page.getByTestId('zeroshot-label-add');
  await add.fill('sports');
  await add.press('Enter');
  await add.pressSequentially('politics,cooking,weather');
  await add.press('Enter');
  await expect(page.getByTestId('zeroshot-labels')).toHaveValue('sports, politics, cooking, weather');
  await add.press('Backspace');
  await expect(page.getByTestId('zeroshot-labels')).toHaveValue('sports, politics, cooking');
  await page.getByRole('button', { name: 'Remove label politics' }).click();
  await expect(page.getByTestId('zeroshot-labels')).toHaveValue('sports, cooking');
  await page.getByTestId('zeroshot-template').fill('It is about {}!');
  await page.getByTestId('setting-multi_label').check();

  await expect.poll(() => new URL(page.url()).searchParams.get('multi_label')).toBe('true');
  await page.reload();
  await expect(page.getByTestId('zeroshot-model')).toHaveValue(TINY_NLI);
  await expect(page.getByTestId('zeroshot-input')).toHaveValue(FOOTBALL);
  await expect(page.getByTestId('zeroshot-labels')).toHaveValue('sports, cooking');
  await expect(page.getByTestId('zeroshot-template')).toHaveValue('It is about {}!');
  await expect(page.getByTestId('setting-multi_label')).toBeChecked();
  const value = await classifyAndWait(page);
  expect(value.multiLabel).toBe(true);
  expect(value.pairs.map((p) => p.hypothesis)).toEqual(['It is about sports!', 'It is about cooking!']);
});

test('a batch of 1,000 lines streams in pages without blocking the main thread', async ({ page, hub }) => {
  test.setTimeout(120_000);
  await page.goto(appUrl(hub, 'tasks/zero-shot', { model: TINY_NLI, labels: LABELS, batch: 'lines' }));
  const texts = [
    FOOTBALL,
    'The chef baked fresh bread for dinner.',
    'The minister spoke before the election.',
  ];
  await page
    .getByTestId('zeroshot-input')
    .fill(Array.from({ length: 1000 }, (_, i) => texts[i % texts.length]).join('\n'));
  const tasks = await mainThreadTaskMs(page, async () => {
    await page.getByTestId('run-button').click();
    await waitInPage(page, 'zeroshot-facts');
  });
  console.log('longest main-thread tasks (CPU ms):', tasks.slice(0, 5).join(', '));
  // A guard against rendering every block at once (that measured 426 ms); the 50 ms target itself
  // is measured by `npm run bench`, not here, where CI machines vary.
  expect(tasks[0] ?? 0).toBeLessThan(250);
  // A page of blocks, not 1,000.
  await expect(page.getByTestId('zeroshot-item')).toHaveCount(25);
  await expect(page.getByTestId('zeroshot-page')).toHaveText('Texts 1–25 of 1000');
  await page.getByTestId('zeroshot-next-page').click();
  await expect(page.getByTestId('zeroshot-page')).toHaveText('Texts 26–50 of 1000');
  await expect(page.getByTestId('zeroshot-item').first()).toHaveAttribute('data-line', '25');
  const first = await readJson<ZeroShotValue>(page, 'zeroshot-result');
  expect(first.labels[0]).toBe('sports');
});
