import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appUrl, expect, FIXTURE_HUB_ROOT, readJson, test } from './support/fixtures.ts';
import { startLoopbackHub } from './support/loopback-hub.ts';
import type { CatalogModel } from './support/loopback-hub.ts';
import { detailOf, hubList, hubTree, resultsOf } from './support/hub-page.ts';
import { ARTICLE, summarizeAndWait } from './support/summarize-page.ts';

const BART = 'glasspipe-test/tiny-bart';

/** The fixture models and their tasks, as the fixture build wrote them (not the hub's catalog). */
function manifestTasks(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(FIXTURE_HUB_ROOT, 'manifest.json'), 'utf8')) as {
    models: Array<{ id: string; task: string }>;
  };
  return new Map(manifest.models.map((m) => [m.id, m.task]));
}

const sizeOnDisk = (model: string, file: string) => statSync(join(FIXTURE_HUB_ROOT, model, file)).size;

test('search, filter, sort, open a model, read its sizes, and use it in Summarize', async ({
  page,
  hub,
  network,
}) => {
  await page.goto(appUrl(hub, 'hub'));
  await page.getByTestId('hub-search').fill('glasspipe-test');
  const tasks = manifestTasks();
  const all = await resultsOf(page, tasks.size);
  // The Hub's order for this search (its default sort here is downloads, descending).
  const hubOrder = await hubList(hub, [
    ['search', 'glasspipe-test'],
    ['sort', 'downloads'],
  ]);
  expect(all.map((r) => r.id)).toEqual(hubOrder.map((m) => m['id']));
  expect(new Set(all.map((r) => r.id))).toEqual(new Set(tasks.keys()));

  // Task filter: the summarization models of the fixture build.
  await page.getByTestId('hub-filter-task').selectOption('summarization');
  const summarizers = [...tasks].filter(([, task]) => task === 'summarization').map(([id]) => id);
  const filtered = await resultsOf(page, summarizers.length);
  expect(filtered.map((r) => r.id).sort()).toEqual(summarizers.sort());
  expect(filtered.every((r) => r.pipeline_tag === 'summarization')).toBe(true);

  // Runs in this browser: every fixture repo is a transformers.js repo, so nothing drops out.
  await page.getByTestId('hub-filter-library').check();
  await resultsOf(page, summarizers.length);

  // Sort by likes: the rows come back in non-increasing likes, as the Hub sorts them.
  await page.getByTestId('hub-sort').selectOption('likes');
  await expect(page).toHaveURL(/sort=likes/);
  const byLikes = await resultsOf(page, summarizers.length);
  const likes = byLikes.map((r) => r.likes);
  expect(likes).toEqual([...likes].sort((a, b) => b - a));
  const hubLikes = await hubList(hub, [
    ['search', 'glasspipe-test'],
    ['pipeline_tag', 'summarization'],
    ['filter', 'transformers.js'],
    ['sort', 'likes'],
  ]);
  expect(byLikes.map((r) => r.id)).toEqual(hubLikes.map((m) => m['id']));
  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe('glasspipe-test');
  expect(url.searchParams.get('task')).toBe('summarization');
  expect(url.searchParams.get('browser')).toBe('1');

  // Open the model: sizes are the sums of the session files on disk, the commit the one files resolve at.
  await page.locator(`[data-testid="hub-result"][data-model-id="${BART}"]`).click();
  const detail = await detailOf(page, BART);
  expect(detail.dtypes).toEqual({
    fp32: sizeOnDisk(BART, 'onnx/encoder_model.onnx') + sizeOnDisk(BART, 'onnx/decoder_model_merged.onnx'),
    q8:
      sizeOnDisk(BART, 'onnx/encoder_model_quantized.onnx') +
      sizeOnDisk(BART, 'onnx/decoder_model_merged_quantized.onnx'),
  });
  const head = await fetch(`${hub.url}/${BART}/resolve/main/config.json`, { method: 'HEAD' });
  expect(detail.sha).toBe(head.headers.get('x-repo-commit'));
  const card = (await (await fetch(`${hub.url}/api/models/${BART}`)).json()) as {
    cardData: Record<string, unknown>;
  };
  expect(detail.license).toBe(card.cardData['license']);
  expect(detail.baseModels).toEqual([card.cardData['base_model']]);
  expect(page.url()).toContain(`model=${encodeURIComponent(BART)}`);
  // Each dtype says whether it runs here: a tiny model fits, and none is cached yet.
  const q8 = await page.locator('[data-testid="hub-dtype"][data-dtype="q8"]').getAttribute('data-value');
  expect(JSON.parse(q8 ?? '{}')).toMatchObject({ cached: false, runs: { fits: true } });

  // Use it in Summarize: the view opens with the model picked, and summarizes with it.
  await page.getByTestId('hub-use-model').click();
  await expect(page).toHaveURL(/#\/summarize/);
  expect(new URL(page.url()).searchParams.get('model')).toBe(BART);
  expect(new URL(page.url()).searchParams.get('hub')).toBe(hub.url);
  await page.getByTestId('article-input').fill(ARTICLE);
  const summary = await summarizeAndWait(page);
  expect(summary.tokenIds.length).toBeGreaterThan(0);
  expect(hub.requests.some((r) => r.path.startsWith(`/${BART}/resolve/`))).toBe(true);
  expect(network.outside).toEqual([]);
});

test('pages through the listing with the Link header, and groups licenses', async ({ page, hub }) => {
  hub.setMaxPageSize(8);
  await page.goto(appUrl(hub, 'hub'));
  const everything = await hubList(hub, [['sort', 'downloads']]);
  expect(everything.length).toBeGreaterThan(16);
  const rows = await resultsOf(page, everything.length);
  expect(rows.map((r) => r.id)).toEqual(everything.map((m) => m['id']));
  // The first job read every page of 8 it needed, following each page's Link.
  const pages = hub.requests.filter((r) => r.path === '/api/models').length;
  expect(pages).toBeGreaterThanOrEqual(Math.ceil(everything.length / 8));

  // Non-commercial: the Hub filters one exact license at a time, so the expected rows are the
  // union of its answers for the two CC BY-NC licenses the catalog has.
  const nc = new Set<unknown>();
  for (const license of ['cc-by-nc-4.0', 'cc-by-nc-sa-4.0']) {
    for (const m of await hubList(hub, [['filter', `license:${license}`]])) nc.add(m['id']);
  }
  expect(nc.size).toBeGreaterThan(0);
  await page.getByTestId('hub-filter-license').selectOption('group:non-commercial');
  const grouped = await resultsOf(page, nc.size);
  expect(new Set(grouped.map((r) => r.id))).toEqual(nc);
  await expect(page.getByTestId('hub-count')).toHaveAttribute(
    'data-value',
    new RegExp(`"scanned":${everything.length}`),
  );
});

test('an unreachable host says so and shows the last results, cached, with their date', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'hub', { q: 'glasspipe-test' }));
  const before = await resultsOf(page, manifestTasks().size);
  hub.setFault('/api/models', 'reset');
  await page.reload();
  await expect(page.getByTestId('job-error')).toContainText(/Could not reach/);
  const note = await readJson<{ fetchedAt: number; query: { search: string } }>(page, 'hub-cached-note');
  expect(note.query.search).toBe('glasspipe-test');
  expect(Date.now() - note.fetchedAt).toBeLessThan(120_000);
  await expect(page.getByTestId('hub-cached-note')).toContainText(/Cached results from/);
  expect(await resultsOf(page)).toEqual(before);

  // The host is back: the next search works, and the page was never left broken.
  hub.clearFaults();
  await page.getByTestId('hub-search').fill('glasspipe-test/tiny-t5');
  await expect.poll(async () => (await resultsOf(page)).map((r) => r.id)).toEqual(['glasspipe-test/tiny-t5']);
  await expect(page.getByTestId('job-error')).toHaveCount(0);
});

test('a model page: external data counted, fine-tunes, family sizes, commits; unknown models refused', async ({
  page,
  hub,
}) => {
  // The biggest external-data model of the catalog: its dtypes must add every `.onnx_data*` chunk.
  const tree = await hubTree(hub, 'onnx-community/Llama-3.2-1B-Instruct');
  const fp32 = tree.filter((e) => e.type === 'file' && /^onnx\/model\.onnx(_data(_\d+)?)?$/.test(e.path));
  expect(fp32.length).toBeGreaterThan(1);
  await page.goto(appUrl(hub, 'hub', { model: 'onnx-community/Llama-3.2-1B-Instruct' }));
  const llama = await detailOf(page, 'onnx-community/Llama-3.2-1B-Instruct');
  expect(llama.dtypes['fp32']).toBe(fp32.reduce((n, e) => n + e.size, 0));

  // bert-base-uncased: its fine-tunes are what the Hub lists for base_model:finetune:<id>.
  const base = 'google-bert/bert-base-uncased';
  await page.goto(appUrl(hub, 'hub', { model: base }));
  await detailOf(page, base);
  const finetunes = await hubList(hub, [['filter', `base_model:finetune:${base}`]]);
  await expect(page.getByTestId('hub-finetune')).toHaveCount(finetunes.length);
  const shown = await page
    .getByTestId('hub-finetune')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-model-id')));
  expect(new Set(shown)).toEqual(new Set(finetunes.map((m) => m['id'])));
  const commits = (await (await fetch(`${hub.url}/api/models/${base}/commits/main`)).json()) as Array<{
    id: string;
  }>;
  await expect(page.getByTestId('hub-commit')).toHaveCount(Math.min(10, commits.length));
  await expect(page.getByTestId('hub-commit').first()).toHaveAttribute(
    'data-commit-id',
    commits[0]?.id ?? '',
  );

  // T5's other sizes, and one click to open one.
  await page.goto(appUrl(hub, 'hub', { model: 'Xenova/t5-small' }));
  await detailOf(page, 'Xenova/t5-small');
  const sizes = await readJson<string[]>(page, 'hub-family-sizes');
  expect(sizes).toEqual(expect.arrayContaining(['Xenova/t5-base']));
  await page.locator('[data-testid="hub-family-size"][data-model-id="Xenova/t5-base"]').click();
  await detailOf(page, 'Xenova/t5-base');

  await page.goto(appUrl(hub, 'hub', { model: 'glasspipe-test/no-such-model' }));
  await expect(page.getByTestId('job-error')).toContainText(/not found/);
  await expect(page.getByTestId('job-error')).toHaveAttribute('data-value', /model-not-found/);
});

test('compare models side by side, and the famous families', async ({ page, hub }) => {
  await page.goto(appUrl(hub, 'hub', { tab: 'compare', compare: `${BART},Xenova/distilbart-cnn-6-6` }));
  const columns = page.getByTestId('hub-compare-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(1)).toHaveAttribute('data-value', /"dtypes"/, { timeout: 20_000 });
  await page.getByTestId('hub-compare-remove').first().click();
  await expect(columns).toHaveCount(1);
  expect(new URL(page.url()).searchParams.get('compare')).toBe('Xenova/distilbart-cnn-6-6');

  await page.getByTestId('hub-tab-families').click();
  const pythia = page.locator('[data-testid="hub-family"]').filter({ hasText: 'Pythia' }).first();
  await expect(pythia).toBeVisible();
  const dolly = page.locator('[data-testid="hub-family-member"][data-model-id^="databricks/dolly"]').first();
  await expect(dolly).toContainText(/pythia/i);
});

/** Metadata-only repos, enough for more than one screen of rows (the view asks for 50 at a time). */
function bulkCatalog(count: number): CatalogModel[] {
  return Array.from({ length: count }, (_, i) => ({
    source: 'metadata',
    id: `bulk/model-${String(i).padStart(3, '0')}`,
    card: { license: 'mit', pipeline_tag: 'fill-mask' },
    pipeline_tag: 'fill-mask',
    library_name: 'transformers.js',
    downloads: 10_000 - i,
    downloadsAllTime: 20_000,
    likes: i,
    trendingScore: 0,
    createdAt: '2024-01-01T00:00:00.000Z',
    lastModified: '2024-06-01T00:00:00.000Z',
    history: [{ title: 'initial commit' }],
    config: { model_type: 'bert' },
    files: [{ path: 'onnx/model.onnx', size: 1_000 }],
  }));
}

const EVIL = '<img src=x onerror="window.__pwned=1">';

test('Hub metadata is shown as text, never as HTML', async ({ page }) => {
  const evil: CatalogModel = {
    ...bulkCatalog(1)[0]!,
    id: 'bulk/evil',
    card: {
      license: 'other',
      license_name: EVIL,
      license_link: 'javascript:window.__pwned=2',
      datasets: [EVIL],
    },
    history: [{ title: EVIL }],
  };
  const host = await startLoopbackHub({ root: FIXTURE_HUB_ROOT, port: 0, catalog: [evil] });
  try {
    await page.goto(`/?${new URLSearchParams({ hub: host.url, model: 'bulk/evil' }).toString()}#/hub`);
    const detail = await detailOf(page, 'bulk/evil');
    expect(detail.datasets).toEqual([EVIL]);
    await expect(page.getByTestId('hub-commit').first()).toContainText(EVIL);
    await expect(page.getByTestId('hub-model-detail')).toContainText(EVIL);
    // No element was made from the text, and the javascript: link is not a link.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  } finally {
    await host.close();
  }
});

test('scrolling to the end of the results reads the next pages of the same listing', async ({ page }) => {
  const big = await startLoopbackHub({
    root: FIXTURE_HUB_ROOT,
    port: 0,
    catalog: bulkCatalog(120),
    maxPageSize: 20,
  });
  try {
    await page.goto(`/?${new URLSearchParams({ hub: big.url, q: 'bulk/' }).toString()}#/hub`);
    const first = await resultsOf(page, 50);
    expect(first[0]?.id).toBe('bulk/model-000');
    const pagesForFirst = big.requests.filter((r) => r.path === '/api/models').length;
    expect(pagesForFirst).toBe(3);
    const list = page.getByTestId('hub-results');
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const more = await resultsOf(page, 100);
    expect(more.slice(0, 50)).toEqual(first);
    expect(more.map((r) => r.downloads)).toEqual([...more.map((r) => r.downloads)].sort((a, b) => b - a));
    // Read on from page 3, not from the first page again: 5 pages in all for 100 rows.
    expect(big.requests.filter((r) => r.path === '/api/models').length).toBe(5);
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await resultsOf(page, 120);
    await expect(page.getByTestId('hub-count')).toHaveAttribute('data-value', /"more":false/);
  } finally {
    await big.close();
  }
});
