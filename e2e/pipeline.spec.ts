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

  const cli = generateWithCli(TINY_T5, ARTICLE, settings);
  const ranking = await readJson<Ranked[]>(page, 'beam-ranking');
  expect(ranking).toHaveLength(3);
  expect(ranking.map((r) => r.tokenIds)).toEqual(cli.map((c) => c.tokenIds.slice(1))); // CLI includes the start token
  expect(ranking.map((r) => r.text)).toEqual(cli.map((c) => c.text));
  ranking.forEach((r, i) => expect(r.score).toBeCloseTo(cli[i]!.score, 4));
  expect(summary.text).toBe(cli[0]!.text);

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
