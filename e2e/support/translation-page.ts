import type { Page } from '@playwright/test';
import { expect, readJson } from './fixtures.ts';

export const TINY_MARIAN = 'glasspipe-test/tiny-marian-en-es';
export const TINY_NLLB = 'glasspipe-test/tiny-nllb';
export const TINY_T5 = 'glasspipe-test/tiny-t5';
export const SENTENCE = 'The city council met on Tuesday.';

export interface TranslationValue {
  text: string;
  prompt: string;
  tokenIds: number[];
  done: boolean;
}

/** Presses Translate and waits for both panes' outputs. */
export async function translateAndWait(page: Page): Promise<{ a: TranslationValue; b: TranslationValue }> {
  await page.getByTestId('run-button').click();
  for (const pane of ['a', 'b']) {
    await expect(page.getByTestId(`translation-output-${pane}`)).toHaveAttribute(
      'data-value',
      /"done":true/,
      {
        timeout: 60_000,
      },
    );
  }
  return {
    a: await readJson<TranslationValue>(page, 'translation-output-a'),
    b: await readJson<TranslationValue>(page, 'translation-output-b'),
  };
}

export function pane(page: Page, id: 'a' | 'b') {
  return page.getByTestId(`translation-pane-${id}`);
}
