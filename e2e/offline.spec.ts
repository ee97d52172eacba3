import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { ARTICLE, GREEDY, setGeneration, summarizeAndWait, TINY_T5 } from './support/summarize-page.ts';

interface Cached {
  model: string;
  host: string;
  files: string[];
  bytes: number;
}

test('made available offline, the app loads, summarizes and tokenizes with no network at all', async ({
  page,
  context,
  hub,
}) => {
  test.setTimeout(120_000);
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5 }));
  await page.getByRole('link', { name: 'Models & offline' }).click();
  // The service worker takes control of the page: the app shell is stored.
  await expect(page.getByTestId('ready-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('ready-summarize')).toHaveAttribute('data-ready', 'false');

  await page.getByTestId('make-offline').click();
  await expect(page.getByTestId('offline-plan')).toBeVisible();
  const plan = await readJson<{ totalBytes: number }>(page, 'offline-plan');
  expect(plan.totalBytes).toBeGreaterThan(100_000); // sizes known before downloading
  await expect(page.getByTestId('offline-status')).toHaveText(/Done/, { timeout: 60_000 });
  await expect(page.getByTestId('ready-summarize')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('ready-tokenizer')).toHaveAttribute('data-ready', 'true');
  const cached = await readJson<Cached[]>(page, 'cached-models');
  expect(cached.find((m) => m.model === TINY_T5)).toMatchObject({ host: hub.url });

  // The hub goes away and the browser goes offline; the app reloads from the service worker.
  await hub.close();
  await context.setOffline(true);
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  // Chromium drops the emulated `navigator.onLine = false` for a page (and its worker) loaded
  // while offline; setting it again restores what a real offline browser reports.
  await context.setOffline(false);
  await context.setOffline(true);
  await setGeneration(page, GREEDY);
  const summary = await summarizeAndWait(page);
  expect(summary.text.length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Tokenizer' }).click();
  await page.getByTestId('tokenizer-input').first().fill('Hello world');
  await expect.poll(() => readJson<number[][]>(page, 'input-ids')).toEqual([[9707, 1879]]);

  // Deleting the model makes it unavailable offline, and the message says which one.
  await page.getByRole('link', { name: 'Models & offline' }).click();
  await page.getByRole('button', { name: `Delete ${TINY_T5}` }).click();
  await expect(page.getByTestId('ready-summarize')).toHaveAttribute('data-ready', 'false');
  await page.getByRole('link', { name: 'Summarize' }).click();
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('job-error')).toContainText(`"${TINY_T5}"`);
  expect(await readJson<{ code: string }>(page, 'job-error')).toEqual({ code: 'offline' });
});

for (const fault of ['truncate', 'html'] as const) {
  test(`a download answered with ${fault === 'html' ? 'an HTML page' : 'a cut-off body'} stores nothing, and the retry succeeds`, async ({
    page,
    hub,
  }) => {
    const file = fault === 'html' ? 'config.json' : 'onnx/decoder_model_merged_quantized.onnx';
    hub.setFault(file, fault);
    await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
    await setGeneration(page, GREEDY);
    await page.getByTestId('summarize-button').click();
    await expect(page.getByTestId('job-error')).toBeVisible({ timeout: 30_000 });

    await page.getByRole('link', { name: 'Models & offline' }).click();
    await expect(page.getByTestId('cached-models').or(page.getByText('No models are stored'))).toBeVisible();
    const cached = (await page.getByTestId('cached-models').count())
      ? await readJson<Cached[]>(page, 'cached-models')
      : [];
    // Files that arrived whole may be kept; the broken one never is.
    expect(cached.find((m) => m.model === TINY_T5)?.files ?? []).not.toContain(file);

    hub.clearFaults();
    await page.getByRole('link', { name: 'Summarize' }).click();
    const summary = await summarizeAndWait(page);
    expect(summary.text.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Models & offline' }).click();
    await expect
      .poll(
        async () => (await readJson<Cached[]>(page, 'cached-models')).find((m) => m.model === TINY_T5)?.files,
      )
      .toContain(file);
  });
}

test('the Models view shows storage, asks for persistence, and deletes everything', async ({ page, hub }) => {
  await page.goto(appUrl(hub, 'summarize', { model: TINY_T5, text: ARTICLE }));
  await setGeneration(page, GREEDY);
  await summarizeAndWait(page);
  await page.getByRole('link', { name: 'Models & offline' }).click();
  await expect(page.getByTestId('storage-panel')).not.toHaveAttribute('data-value', 'null');
  const storage = await readJson<{ usage: number; quota: number }>(page, 'storage-panel');
  expect(storage.usage).toBeGreaterThan(0);
  expect(storage.quota).toBeGreaterThan(storage.usage);
  await page.getByTestId('persist-storage').click();
  await expect(page.getByTestId('persist-result')).toContainText(/Granted|Not granted/);
  await expect(page.getByTestId('cached-model')).toHaveCount(1);
  await page.getByTestId('delete-all-models').click();
  await expect(page.getByText('No models are stored in this browser yet.')).toBeVisible();
});
