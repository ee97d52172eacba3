import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { referenceSummary } from './support/reference-run.ts';
import {
  ARTICLE,
  GREEDY,
  setGeneration,
  summarizeAndWait,
  TINY_T5,
  type DeviceValue,
} from './support/summarize-page.ts';

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

test('cancel stops generation between tokens, and the next job works', async ({ page, hub }) => {
  // slow-steps: each decoder step waits 25 ms, so 500 steps take far longer than the click.
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE, faults: 'slow-steps' }));
  // Forbid end-of-sequence for a long time so generation is still running when we cancel.
  await setGeneration(page, { num_beams: 1, min_length: 500, max_length: 500, no_repeat_ngram_size: 0 });
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('generated-token').first()).toBeAttached({ timeout: 45_000 });
  await page.getByTestId('cancel-button').click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible();
  const count = await page.getByTestId('generated-token').count();
  expect(count).toBeLessThan(499);
  // Nothing arrives after the cancel: the worker stopped between steps (each takes 25 ms here).
  await page.waitForTimeout(300);
  expect(await page.getByTestId('generated-token').count()).toBe(count);
  await expect(page.getByTestId('summary-output')).toHaveAttribute('data-value', /"done":false/);

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
