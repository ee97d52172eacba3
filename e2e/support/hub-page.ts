/** The Hub view in e2e: its contract values, and the loopback hub's own API read directly. */
import type { Page } from '@playwright/test';
import { expect, readJson } from './fixtures.ts';
import type { LoopbackHub } from './loopback-hub.ts';

export interface ResultValue {
  id: string;
  downloads: number;
  likes: number;
  lastModified: string;
  pipeline_tag: string | null;
}

export interface DetailValue {
  id: string;
  sha: string;
  license: string | null;
  languages: string[];
  baseModels: string[];
  datasets: string[];
  dtypes: Record<string, number>;
  lastModified: string;
}

export interface TreeEntry {
  type: 'file' | 'directory';
  path: string;
  size: number;
}

/** The listed rows once `count` of them are there (or any number, for `count` undefined). */
export async function resultsOf(page: Page, count?: number): Promise<ResultValue[]> {
  if (count !== undefined) {
    await expect
      .poll(async () => (await readJson<ResultValue[]>(page, 'hub-results')).length, { timeout: 20_000 })
      .toBe(count);
  }
  return readJson<ResultValue[]>(page, 'hub-results');
}

/** `GET /api/models?…` on the loopback hub, every page: what the Hub itself answers. */
export async function hubList(
  hub: LoopbackHub,
  params: Array<[string, string]>,
): Promise<Array<Record<string, unknown>>> {
  let url: string | undefined = `${hub.url}/api/models?${new URLSearchParams(params).toString()}`;
  const items: Array<Record<string, unknown>> = [];
  while (url) {
    const response: Response = await fetch(url);
    expect(response.status).toBe(200);
    items.push(...((await response.json()) as Array<Record<string, unknown>>));
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return items;
}

export async function hubTree(hub: LoopbackHub, model: string): Promise<TreeEntry[]> {
  const response = await fetch(`${hub.url}/api/models/${model}/tree/main/onnx?recursive=true`);
  expect(response.status).toBe(200);
  return (await response.json()) as TreeEntry[];
}

/** Waits for the open model's detail to be `model`'s, and returns it. */
export async function detailOf(page: Page, model: string): Promise<DetailValue> {
  await expect(page.getByTestId('hub-model-detail')).toHaveAttribute(
    'data-value',
    new RegExp(`"id":"${model.replace(/[.]/g, '\\.')}"`),
    {
      timeout: 20_000,
    },
  );
  return readJson<DetailValue>(page, 'hub-model-detail');
}
