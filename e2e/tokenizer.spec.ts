import { expectedTensors, bundledRaw, fixtureRaw } from './support/lab-reference.ts';
import { expectTensors } from './support/lab-page.ts';
import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { DEFAULT_SETTINGS, type TokenizerSettings } from '../src/shared/tokenization/types.ts';

const QWEN_PAD = 151643;

test('every setting changes input_ids and attention_mask as Python does, with the network off', async ({
  page,
  context,
  network,
}) => {
  const raw = await bundledRaw('qwen3');
  // A dead model host: the bundled tokenizer comes from the app itself.
  await page.goto(`/?hub=${encodeURIComponent('http://127.0.0.1:9')}#/tokenizer`);
  await expect(page.getByTestId('tokenizer-model-input')).toHaveValue('bundled/qwen3');
  await page.getByTestId('tokenizer-input').first().fill('Hello world');
  // Hand-checked: Qwen3 adds no special tokens to a single text.
  await expectTensors(page, { ids: [[9707, 1879]], mask: [[1, 1]] });
  await context.setOffline(true);

  await page.getByTestId('tokenizer-add-text').click();
  await page.getByTestId('tokenizer-input').nth(1).fill('A much longer second sentence, for padding.');
  const texts = ['Hello world', 'A much longer second sentence, for padding.'];
  const check = async (settings: Partial<TokenizerSettings>) =>
    expectTensors(page, expectedTensors(raw, texts, null, { ...DEFAULT_SETTINGS, ...settings }));

  await check({});
  await page.getByTestId('setting-padding').selectOption('longest');
  await check({ padding: 'longest' });
  const padded = await readJson<number[][]>(page, 'input-ids');
  expect(padded[0]!.slice(2).every((id) => id === QWEN_PAD)).toBe(true); // right padding by default

  await page.getByTestId('setting-padding_side').selectOption('left');
  await check({ padding: 'longest', padding_side: 'left' });
  expect((await readJson<number[][]>(page, 'attention-mask'))[0]!.at(0)).toBe(0);

  await page.getByTestId('setting-max_length').fill('4');
  await page.getByTestId('setting-truncation').check();
  await check({ padding: 'longest', padding_side: 'left', max_length: 4, truncation: true });
  await expect(page.getByTestId('cut-chip').first()).toBeVisible(); // cut tokens are shown, not dropped

  await page.getByTestId('setting-padding').selectOption('max_length');
  await page.getByTestId('setting-max_length').fill('6');
  await check({ padding: 'max_length', padding_side: 'left', max_length: 6, truncation: true });
  expect((await readJson<number[][]>(page, 'input-ids')).every((row) => row.length === 6)).toBe(true);

  await page.getByTestId('setting-add_special_tokens').uncheck();
  await check({
    padding: 'max_length',
    padding_side: 'left',
    max_length: 6,
    truncation: true,
    add_special_tokens: false,
  });

  // State lives in the URL, so the view can be shared.
  expect(new URL(page.url()).searchParams.get('padding')).toBe('max_length');
  expect(new URL(page.url()).searchParams.getAll('text')).toEqual(texts);
  expect(network.outside).toEqual([]);
  expect(network.all.some((u) => u.startsWith('http://127.0.0.1:9/'))).toBe(false);
});

test('a Hub tokenizer through the loopback hub: pairs, token_type_ids, truncation keeps [SEP]', async ({
  page,
  hub,
}) => {
  const model = 'glasspipe-test/tiny-sentiment';
  const raw = await fixtureRaw(model);
  await page.goto(appUrl(hub, 'tokenizer', { model, text: 'good movie' }));
  await page.getByTestId('tokenizer-pairs-toggle').check();
  await page.getByTestId('tokenizer-pair-input').fill('a great film indeed');
  const expected = expectedTensors(raw, ['good movie'], ['a great film indeed'], DEFAULT_SETTINGS);
  await expectTensors(page, expected);
  const types = await readJson<number[][]>(page, 'token-type-ids');
  expect(types).toEqual(expected.types);
  expect(types[0]!.filter((t) => t === 1).length).toBeGreaterThan(0);
  // BERT template: [CLS]=2 … [SEP]=3 … [SEP]=3.
  const ids = (await readJson<number[][]>(page, 'input-ids'))[0]!;
  expect(ids[0]).toBe(2);
  expect(ids.filter((id) => id === 3)).toHaveLength(2);

  await page.getByTestId('setting-truncation').check();
  await page.getByTestId('setting-max_length').fill('7');
  await expectTensors(
    page,
    expectedTensors(raw, ['good movie'], ['a great film indeed'], {
      ...DEFAULT_SETTINGS,
      truncation: true,
      max_length: 7,
    }),
  );
  const cut = (await readJson<number[][]>(page, 'input-ids'))[0]!;
  expect(cut).toHaveLength(7);
  expect(cut.at(-1)).toBe(3); // Python keeps the final [SEP]; transformers.js would cut it
  expect(hub.requests.some((r) => r.path.includes(`${model}/resolve/main/tokenizer.json`))).toBe(true);
  expect(hub.requests.some((r) => r.path.endsWith('.onnx'))).toBe(false); // tokenizer files only

  // The copied code loads from the host the lab used, not from the Hub.
  const code = page.getByTestId('code-snippet');
  await expect(code).toContainText(`os.environ["HF_ENDPOINT"] = "${hub.url}"`);
  await page.getByTestId('code-javascript').click();
  await expect(code).toContainText(`env.remoteHost = "${hub.url}/";`);
});

test('bad input gets a clear message and the lab keeps working', async ({ page, hub }) => {
  await page.goto(appUrl(hub, 'tokenizer', { model: 'bundled/qwen3' }));
  await page.getByTestId('tokenizer-input').fill('');
  await expect(page.getByText('The text is empty')).toBeVisible();

  await page.getByTestId('tokenizer-input').fill('emoji 👋🏽, עברית, 中文字符, tab\tand\u0007bell');
  await expect(page.getByTestId('token-chip').first()).toBeVisible();
  await expect(page.getByTestId('job-error')).toHaveCount(0);

  await page.getByTestId('tokenizer-model-input').fill('glasspipe-test/tiny-sentiment');
  await page.getByTestId('setting-truncation').check();
  await page.getByTestId('setting-max_length').fill('2');
  await expect(page.getByTestId('job-error')).toContainText('max_length');

  await page.getByTestId('tokenizer-model-input').fill('glasspipe-test/no-such-model');
  await expect(page.getByTestId('job-error')).toContainText(
    `"glasspipe-test/no-such-model" was not found on ${hub.url}`,
  );
  expect(await readJson<{ code: string }>(page, 'job-error')).toEqual({ code: 'model-not-found' });

  // Ids that are not ids are refused before any request, and shown as text, never as markup.
  for (const bad of ['../../etc/passwd', '<img src=x onerror="window.pwned=1">']) {
    await page.getByTestId('tokenizer-model-input').fill(bad);
    await expect(page.getByTestId('job-error')).toContainText(`"${bad}" is not a model id`);
    expect(await readJson<{ code: string }>(page, 'job-error')).toEqual({ code: 'model-not-found' });
  }
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
  await page.getByTestId('tokenizer-model-input').fill('');
  await expect(page.getByTestId('job-error')).toContainText('Enter a model id');
  expect(hub.requests.some((r) => /passwd|img|%3C/i.test(r.path))).toBe(false);

  await page.getByTestId('tokenizer-model-input').fill('bundled/qwen3');
  await page.getByTestId('setting-truncation').uncheck();
  await expect(page.getByTestId('job-error')).toHaveCount(0);
  await expect(page.getByTestId('input-ids')).toBeVisible();
});

test('a tokenizer without a pad token pads with the pad_token chosen, as Python does', async ({ page }) => {
  await page.goto('/?model=bundled/gpt-4o&text=Hello&text=Hello%20world&padding=longest#/tokenizer');
  await expect(page.getByTestId('job-error')).toContainText('no padding token');
  await page.getByTestId('setting-pad_token').selectOption('<|endoftext|>');
  // Hand-checked in the o200k tokenizer.json: Hello = 13225, Ġworld = 2375, and the eos token
  // <|endoftext|> = 199999. Python: tokenizer.pad_token = tokenizer.eos_token, padding=True
  // pads on the right (GPT-2 style tokenizers) with that id and attention 0.
  const expected = {
    ids: [
      [13225, 199999],
      [13225, 2375],
    ],
    mask: [
      [1, 0],
      [1, 1],
    ],
  };
  await expectTensors(page, expected);
  await expect(page.getByTestId('job-error')).toHaveCount(0);
  const code = page.getByTestId('code-snippet');
  await expect(code).toContainText('tokenizer.pad_token = tokenizer.eos_token');
  await page.getByTestId('code-javascript').click();
  await expect(code).toContainText('tokenizer.pad_token_id = tokenizer.eos_token_id;');

  // The choice lives in the URL with the other settings.
  expect(new URL(page.url()).searchParams.get('pad_token')).toBe('<|endoftext|>');
  await page.reload();
  await expectTensors(page, expected);
  await expect(page.getByTestId('setting-pad_token')).toHaveValue('<|endoftext|>');
});

test('a bundled tokenizer is loaded from the app, and the bar says loading, not downloading', async ({
  page,
  context,
}) => {
  // Hold the bundled file back until the bar has been read.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/tokenizers/gpt-4o/tokenizer.json', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto('/?model=bundled/gpt-4o&text=Hello#/tokenizer');
  const bar = page.getByTestId('load-progress');
  await expect(bar).toContainText('Loading the bundled tokenizer');
  await expect(bar).not.toContainText(/download/i);
  await expect(page.getByTestId('download-progress')).toHaveCount(0);
  release();
  await expectTensors(page, { ids: [[13225]], mask: [[1]] });
  await expect(bar).toHaveCount(0);
});

test('a 100,000-character article renders a bounded number of chips, and comparison works', async ({
  page,
}) => {
  const sentence = 'The quick brown fox jumps over the lazy dog while the river runs past the mill. ';
  const article = sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000);
  await page.goto('/#/tokenizer');
  await page.getByTestId('tokenizer-input').fill(article);
  await expect
    .poll(async () => (await readJson<number[][]>(page, 'input-ids'))[0]?.length ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(15_000);
  // Virtualised: only the visible lines of chips exist in the page.
  expect(await page.getByTestId('token-chip').count()).toBeLessThan(1_000);

  await page.getByTestId('tokenizer-input').fill('Tokenizers split text differently.');
  // Enter submits the form; a click can land on the input's suggestion list instead.
  await page.getByTestId('compare-model-input').fill('bundled/gpt-4o');
  await page.getByTestId('compare-model-input').press('Enter');
  await expect(page.getByTestId('compare-model-input')).toHaveValue('');
  const result = page.getByTestId('compare-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  expect((await readJson<{ tokens: number }>(page, 'compare-result')).tokens).toBeGreaterThan(3);
});
