import type { Page } from '@playwright/test';
import { expect, readJson } from './fixtures.ts';

export async function tensors(page: Page): Promise<{ ids: number[][]; mask: number[][] }> {
  return {
    ids: await readJson<number[][]>(page, 'input-ids'),
    mask: await readJson<number[][]>(page, 'attention-mask'),
  };
}

/** Waits until the shown tensors equal `expected` (the lab updates after a short debounce). */
export async function expectTensors(
  page: Page,
  expected: { ids: number[][]; mask: number[][] },
): Promise<void> {
  await expect
    .poll(() => tensors(page), { timeout: 20_000 })
    .toEqual({ ids: expected.ids, mask: expected.mask });
}
