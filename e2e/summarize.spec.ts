import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { referenceSummary } from './support/reference-run.ts';
import {
  ARTICLE,
  GREEDY,
  setGeneration,
  summarizeAndWait,
  TINY_T5,
  type DeviceValue,
  type SummaryValue,
} from './support/summarize-page.ts';
import type { Page } from '@playwright/test';

test('summarizes through the loopback hub, streaming the same summary transformers.js gives in Node', async ({
  page,
  hub,
  network,
}) => {
  hub.setFault(/encoder_model\.onnx$/, 'slow', { times: 1 });
  // fp32: onnxruntime-node and onnxruntime-web agree to the last bit on it; on int8 weights their
  // kernels round differently, which can flip a near-tie of this random model's logits.
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE, dtype: 'fp32' }));
  await expect(page.getByTestId('model-host')).toHaveText(hub.url);
  await setGeneration(page, GREEDY);
  await page.getByTestId('summarize-button').click();

  // The encoder file drips slowly, so the progress bar is seen with real byte counts.
  const progress = page.getByTestId('download-progress');
  await expect(progress).toBeVisible();
  await expect
    .poll(
      async () =>
        JSON.parse((await progress.getAttribute('data-value')) ?? '{}') as {
          loaded?: number;
          total?: number;
        },
    )
    .toMatchObject({ total: expect.any(Number) });

  await expect(page.getByTestId('summary-output')).toHaveAttribute('data-value', /"done":true/, {
    timeout: 45_000,
  });
  const summary = await readJson<{ text: string; tokenIds: number[] }>(page, 'summary-output');
  const expected = await referenceSummary(TINY_T5, ARTICLE, { dtype: 'fp32', ...GREEDY });
  expect(summary.text).toBe(expected.trim());
  expect(summary.text.length).toBeGreaterThan(0);

  // One element per streamed token, carrying the ids of the final sequence.
  const streamedIds = await page
    .getByTestId('generated-token')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-token-id'))));
  expect(streamedIds.length).toBeGreaterThan(0);
  expect(summary.tokenIds).toEqual(expect.arrayContaining(streamedIds.filter((id) => id !== 1)));

  expect(await readJson<DeviceValue>(page, 'device-badge')).toEqual({
    device: 'wasm',
    dtype: 'fp32',
    fellBack: false,
  });
  // The model files came through the hub, and nothing left the machine (no CDN for the runtime).
  expect(hub.requests.some((r) => r.path.endsWith('/resolve/main/onnx/decoder_model_merged.onnx'))).toBe(
    true,
  );
  expect(network.all.some((u) => u.includes('ort-wasm-simd-threaded'))).toBe(true);
  expect(network.outside).toEqual([]);
});

/** Counts the workers the page starts: a hard cancel terminates the worker and starts another. */
function countWorkers(page: Page): () => number {
  let workers = 0;
  page.on('worker', () => (workers += 1));
  return () => workers;
}

// The client resets the worker when a cancelled job has not stopped 2 s after the click; a
// cancel that the worker honours between steps never gets there.
const HARD_CANCEL_AFTER_MS = 2000;

test('cancel stops generation between decoder steps without resetting the worker, and the next job works', async ({
  page,
  hub,
}) => {
  const workers = countWorkers(page);
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  // Forbid end-of-sequence for a long time so generation is still running when we cancel.
  await setGeneration(page, { num_beams: 1, min_length: 2000, max_length: 2000, no_repeat_ngram_size: 0 });
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('generated-token').nth(5)).toBeAttached({ timeout: 45_000 });
  expect(workers()).toBe(1);
  const clickedAt = Date.now();
  await page.getByTestId('cancel-button').click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible();
  console.log(`greedy: "Cancelled." shown ${Date.now() - clickedAt} ms after the click`);
  const count = await page.getByTestId('generated-token').count();
  await page.waitForTimeout(HARD_CANCEL_AFTER_MS + 500);
  // The worker stopped by itself: it was not terminated, and no token came after the cancel.
  expect(workers()).toBe(1);
  expect(await page.getByTestId('generated-token').count()).toBe(count);
  // What was generated so far stays on screen.
  const partial = await readJson<SummaryValue>(page, 'summary-output');
  expect(partial.done).toBe(false);
  expect(partial.tokenIds).toHaveLength(count);
  expect(partial.text.length).toBeGreaterThan(0);

  await setGeneration(page, GREEDY);
  const summary = await summarizeAndWait(page);
  // The default runtime without WebGPU: WASM with int8 weights.
  expect(await readJson<DeviceValue>(page, 'device-badge')).toEqual({
    device: 'wasm',
    dtype: 'q8',
    fellBack: false,
  });
  const streamed = await page.getByTestId('generated-token').allTextContents();
  expect(summary.text).toBe(streamed.join('').trim());
  expect(summary.text.split(' ').length).toBeGreaterThan(2);
  expect(workers()).toBe(1);
});

test('a cancelled beam search stops between steps and shows its best beam so far', async ({ page, hub }) => {
  const workers = countWorkers(page);
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  await setGeneration(page, { num_beams: 4, min_length: 2000, max_length: 2000, no_repeat_ngram_size: 0 });
  await page.getByTestId('summarize-button').click();
  const slider = page.getByTestId('beam-step-slider');
  await expect(slider).toHaveAttribute('max', /^([5-9]|\d\d+)$/, { timeout: 45_000 });
  const clickedAt = Date.now();
  await page.getByTestId('cancel-button').click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible();
  console.log(`beam search: "Cancelled." shown ${Date.now() - clickedAt} ms after the click`);
  const steps = await slider.getAttribute('max');
  await page.waitForTimeout(HARD_CANCEL_AFTER_MS + 500);
  expect(workers()).toBe(1);
  expect(await slider.getAttribute('max')).toBe(steps);
  await expect(page.getByTestId('partial-summary-note')).toBeVisible();
  const partial = await readJson<SummaryValue>(page, 'summary-output');
  expect(partial.done).toBe(false);
  // The best live beam after the last step: one token per step.
  expect(partial.tokenIds).toHaveLength(Number(steps) + 1);
  expect(partial.text.length).toBeGreaterThan(0);
});

test('cancel during a download resets the worker, and the next job works', async ({ page, hub }) => {
  hub.setFault('decoder_model_merged_quantized.onnx', 'slow', { times: 1 });
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  await setGeneration(page, GREEDY);
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('download-progress')).toBeVisible();
  await page.getByTestId('cancel-button').click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible();
  await expect(page.getByTestId('download-progress')).toHaveCount(0);
  const summary = await summarizeAndWait(page);
  expect(summary.text.length).toBeGreaterThan(0);
});
