import { QUIET_CHROMIUM_ARGS, chromiumExecutable } from './support/browser.ts';
import { generateWithCli } from './support/cli.ts';
import {
  generateAndWait,
  PROMPT as GENERATE_PROMPT,
  setSettings,
  TINY_GPT,
} from './support/generate-page.ts';
import { SENTENCE, TINY_MARIAN, TINY_NLLB, translateAndWait } from './support/translation-page.ts';
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

const executablePath = chromiumExecutable();
// Headless Chromium exposes a (software, SwiftShader) WebGPU adapter only with this flag.
test.use({
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [...QUIET_CHROMIUM_ARGS, '--enable-unsafe-webgpu'],
  },
});

test('with a WebGPU adapter, auto runs on WebGPU and gives the same summary', async ({
  page,
  hub,
  network,
}) => {
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  const hasAdapter = await page.evaluate(async () => Boolean(await navigator.gpu?.requestAdapter()));
  expect(hasAdapter, 'headless Chromium with --enable-unsafe-webgpu should expose an adapter').toBe(true);
  await setGeneration(page, GREEDY);
  const summary = await summarizeAndWait(page);
  // No shader-f16 on a software adapter, so the policy picks fp32.
  expect(await readJson<DeviceValue>(page, 'device-badge')).toEqual({
    device: 'webgpu',
    dtype: 'fp32',
    fellBack: false,
  });
  expect(summary.text).toBe((await referenceSummary(TINY_T5, ARTICLE, { dtype: 'fp32', ...GREEDY })).trim());
  expect(network.outside).toEqual([]);
});

test('a WebGPU session failure falls back to WASM in a fresh worker, and says so', async ({ page, hub }) => {
  await page.goto(
    appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE, device: 'webgpu', faults: 'webgpu-session' }),
  );
  const hasAdapter = await page.evaluate(async () => Boolean(await navigator.gpu?.requestAdapter()));
  expect(hasAdapter, 'headless Chromium with --enable-unsafe-webgpu should expose an adapter').toBe(true);
  await setGeneration(page, GREEDY);
  const summary = await summarizeAndWait(page);
  expect(await readJson<DeviceValue>(page, 'device-badge')).toEqual({
    device: 'wasm',
    dtype: 'q8',
    fellBack: true,
  });
  await expect(page.getByTestId('device-badge')).toContainText('fell back');
  // The reason names the WebGPU failure, not a missing adapter: the session really failed first.
  await expect(page.getByTestId('device-badge')).toHaveAttribute(
    'title',
    /Injected WebGPU session failure.*Fell back to WASM/,
  );
  // After the fallback the policy's WASM default (q8) runs; see summarize.spec.ts on q8 and Node.
  const streamed = await page.getByTestId('generated-token').allTextContents();
  expect(summary.text).toBe(streamed.join('').trim());
  expect(summary.text.length).toBeGreaterThan(0);
});

// The translation fixtures, whose logits are far from ties (tiny-t5's random weights have near-ties
// that WebGPU's float rounding can flip), so their ids must match the Node engine exactly.
test('Translation on WebGPU gives the Node engine’s token ids, greedy and beam', async ({ page, hub }) => {
  test.setTimeout(120_000);
  await page.goto(
    appUrl(hub, 'tasks/translation', {
      model: TINY_MARIAN,
      model_b: TINY_NLLB,
      src_lang_b: 'eng_Latn',
      tgt_lang_b: 'fra_Latn',
      text: SENTENCE,
      device: 'webgpu',
    }),
  );
  for (const settings of [{ num_beams: 1 }, { num_beams: 3 }]) {
    await setGeneration(page, settings);
    const { a, b } = await translateAndWait(page);
    expect(await readJson<DeviceValue>(page, 'device-badge')).toEqual({
      device: 'webgpu',
      dtype: 'fp32',
      fellBack: false,
    });
    expect(a.tokenIds).toEqual(
      generateWithCli(TINY_MARIAN, SENTENCE, settings, 'translation').sequences[0]?.tokenIds,
    );
    expect(b.tokenIds).toEqual(
      generateWithCli(
        TINY_NLLB,
        SENTENCE,
        { ...settings, src_lang: 'eng_Latn', tgt_lang: 'fra_Latn' },
        'translation',
      ).sequences[0]?.tokenIds,
    );
  }
});

// The draw is ours, in JavaScript, after the logits come back: one seed, one text, on either device.
test('Generate: the same seed samples the same tokens on WebGPU and on WASM', async ({ page, hub }) => {
  test.setTimeout(120_000);
  const sampled = { max_new_tokens: 12, do_sample: true, temperature: 1.3, top_k: 0, seed: 5 };
  const runOn = async (device: 'webgpu' | 'wasm') => {
    await page.goto(
      appUrl(hub, 'tasks/generate', { model: TINY_GPT, text: GENERATE_PROMPT, device, dtype: 'fp32' }),
    );
    await setSettings(page, sampled);
    const { a } = await generateAndWait(page);
    expect((await readJson<DeviceValue>(page, 'device-badge')).device).toBe(device);
    return a?.tokenIds ?? [];
  };
  const onGpu = await runOn('webgpu');
  expect(onGpu).toHaveLength(12);
  expect(await runOn('wasm')).toEqual(onGpu);
});
