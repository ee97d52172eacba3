import { generateWithCli } from './support/cli.ts';
import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { ARTICLE, setGeneration, summarizeAndWait, TINY_T5 } from './support/summarize-page.ts';

interface Ranked {
  tokenIds: number[];
  score: number;
  text: string;
}

test('beam search in the browser gives the CLI engine its beams and summary, stage by stage', async ({
  page,
  hub,
}) => {
  const settings = { num_beams: 4, num_return_sequences: 3, max_length: 24, length_penalty: 1 };
  // fp32: onnxruntime-node (CLI) and onnxruntime-web agree on it to float precision.
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE, dtype: 'fp32' }));
  await setGeneration(page, settings);
  const summary = await summarizeAndWait(page);

  const cli = generateWithCli(TINY_T5, ARTICLE, settings).sequences;
  const ranking = await readJson<Ranked[]>(page, 'beam-ranking');
  expect(ranking).toHaveLength(3);
  expect(ranking.map((r) => r.tokenIds)).toEqual(cli.map((c) => c.tokenIds));
  expect(ranking.map((r) => r.text)).toEqual(cli.map((c) => c.text));
  ranking.forEach((r, i) => expect(r.score).toBeCloseTo(cli[i]!.score, 4));
  expect(summary.text).toBe(cli[0]!.text);
  // After a beam search too, the summary is shown as its tokens, each with its probability.
  const output = page.getByTestId('summary-output').getByTestId('generated-token');
  expect(await output.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-token-id'))))).toEqual(
    summary.tokenIds,
  );
  await expect(output.first()).toHaveAttribute('title', /p = 0\.\d{3}/);

  // The beam view shows real, different beams; the last step's finished list holds the winner.
  const lastStep = await readJson<{ beams: Ranked[]; finished: Ranked[] }>(page, 'beam-step');
  expect(lastStep.finished.map((f) => f.text)).toContain(cli[0]!.text);
  await page.getByTestId('beam-step-slider').fill('2');
  const early = await readJson<{ step: number; beams: Ranked[] }>(page, 'beam-step');
  expect(early.beams).toHaveLength(4);
  expect(new Set(early.beams.map((b) => b.tokenIds.join(','))).size).toBe(4);

  // The other stages: prompt with T5's prefix, tokens, encoder shape, decode with special tokens.
  await expect(page.getByTestId('stage-prompt')).toContainText('summarize:');
  const tokenCount = (await page.getByTestId('stage-tokenizer').textContent())?.match(
    /int64 \[1, (\d+)\]/,
  )?.[1];
  expect(await readJson<number[]>(page, 'encoder-shape')).toEqual([1, Number(tokenCount), 32]);
  await expect(page.getByTestId('stage-decode')).toContainText('</s>');
  for (const stage of [
    'stage-prompt',
    'stage-tokenizer',
    'stage-encoder',
    'stage-decoding',
    'stage-decode',
  ]) {
    await expect(page.getByTestId(stage)).toHaveAttribute('data-state', 'done');
  }
});

test('greedy decoding shows each token with its probability and alternatives; the prefix is editable', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE, dtype: 'fp32' }));
  await setGeneration(page, { num_beams: 1, max_length: 12 });
  await page.getByTestId('prefix-input').fill('tl;dr: ');
  await summarizeAndWait(page);
  await expect(page.getByTestId('stage-prompt')).toContainText('tl;dr:');
  await expect(page.getByTestId('stage-prompt')).not.toContainText('summarize:');
  const rows = page.getByTestId('stage-decoding').locator('tbody tr');
  expect(await rows.count()).toBe(await page.getByTestId('generated-token').count());
  await expect(rows.first()).toContainText(/0\.\d{3}/);
  // The settings in force are shown as each field's placeholder after a run.
  await expect(page.getByTestId('setting-no_repeat_ngram_size')).toHaveAttribute(
    'placeholder',
    'in force: 3',
  );
});

test('a long article is flagged as truncated, and chunking summarizes it in parts', async ({ page, hub }) => {
  const long = Array.from(
    { length: 40 },
    (_, i) => `Sentence ${i + 1} tells how the river rose near the old mill.`,
  ).join(' ');
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: long, dtype: 'fp32' }));
  await setGeneration(page, { num_beams: 1, max_length: 12 });
  await summarizeAndWait(page);
  await expect(page.getByTestId('truncation-warning')).toBeVisible();

  await page.getByTestId('setting-chunking').check();
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('chunk-progress')).toBeVisible();
  await expect(page.getByTestId('summary-output')).toHaveAttribute('data-value', /"done":true/, {
    timeout: 45_000,
  });
  await page.getByText(/Chunk summaries \(\d+\)/).click();
  const chunks = await page.getByText(/Chunk summaries \((\d+)\)/).textContent();
  expect(Number(chunks?.match(/\((\d+)\)/)?.[1])).toBeGreaterThan(1);
  await expect(page.getByTestId('truncation-warning')).toHaveCount(0);
});

test('an extractive summary beside the model’s, with the article sentences each one drew on', async ({
  page,
  hub,
}) => {
  // tiny-bart's cross-attention copies article words, so its summary shares words with sentences.
  await page.goto(
    appUrl(hub, 'summarize', { model: 'glasspipe-test/tiny-bart', text: ARTICLE, dtype: 'fp32' }),
  );
  await setGeneration(page, { num_beams: 1, max_length: 20 });
  await page.getByTestId('setting-compare').selectOption('textrank');
  const summary = await summarizeAndWait(page);
  expect(summary.text.length).toBeGreaterThan(0);
  const beside = await readJson<{ text: string; done: boolean }>(page, 'beside-output');
  expect(beside.done).toBe(true);
  expect(ARTICLE).toContain(beside.text.split('. ')[0] ?? '');
  const marks = await page
    .getByTestId('source-sentence')
    .evaluateAll((els) =>
      els.map((e) => JSON.parse(e.getAttribute('data-value') ?? '{}') as { by: string[] }),
    );
  // TextRank's 3 sentences are all of this 3-sentence article; the model's summary drew on some.
  expect(marks.filter((m) => m.by.includes('extractive'))).toHaveLength(3);
  expect(marks.some((m) => m.by.includes('model'))).toBe(true);
  await expect(page.getByTestId('side-by-side')).toContainText('[model');
  expect(new URL(page.url()).searchParams.get('compare')).toBe('textrank');
});
