import type { Page } from '@playwright/test';
import { expect, readJson } from './fixtures.ts';

export const TINY_T5 = 'glasspipe-test/tiny-t5';

export const ARTICLE =
  'The city council met on Tuesday to discuss the new park. Residents said the park would bring families ' +
  'together, and the mayor promised that work would start in the spring. Some people worried about the cost.';

export interface SummaryValue {
  text: string;
  tokenIds: number[];
  done: boolean;
}

export interface DeviceValue {
  device: 'wasm' | 'webgpu';
  dtype: string;
  fellBack: boolean;
}

/** Sets generation settings through the contract's `setting-<name>` fields. */
export async function setGeneration(page: Page, settings: Record<string, number>): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    await page.getByTestId(`setting-${name}`).fill(String(value));
  }
}

export async function summarizeAndWait(page: Page): Promise<SummaryValue> {
  await page.getByTestId('summarize-button').click();
  await expect(page.getByTestId('summary-output')).toHaveAttribute('data-value', /"done":true/, {
    timeout: 45_000,
  });
  return readJson<SummaryValue>(page, 'summary-output');
}

/** Greedy settings that the reference run in Node uses too. */
export const GREEDY = { num_beams: 1, max_length: 20, min_length: 0, no_repeat_ngram_size: 0 };
