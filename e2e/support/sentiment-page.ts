import type { Page } from '@playwright/test';
import { expect, readJson } from './fixtures.ts';

export const TINY_SENTIMENT = 'glasspipe-test/tiny-sentiment';
export const TINY_TOXIC = 'glasspipe-test/tiny-toxic';
/** The fixtures' `id2label`, in id order (scripts/fixtures/models/). */
export const SENTIMENT_LABELS = ['NEGATIVE', 'POSITIVE'];
export const TOXIC_LABELS = ['toxic', 'insult', 'obscene'];

/** `sentiment-result`'s `data-value` (CONTRACT.md). */
export interface SentimentValue {
  activation: 'softmax' | 'sigmoid';
  items: Array<{ text: string; logits: number[]; labels: Array<{ label: string; score: number }> }>;
}

/** Presses Classify and waits for the final result. */
export async function classifyAndWait(page: Page, timeout = 60_000): Promise<SentimentValue> {
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('sentiment-result')).toHaveAttribute('data-value', /"activation"/, {
    timeout,
  });
  return readJson<SentimentValue>(page, 'sentiment-result');
}

// Written here independently of the app's own activation code.
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function sigmoid(logits: readonly number[]): number[] {
  return logits.map((x) => 1 / (1 + Math.exp(-x)));
}

/** An item's scores in the model's label order (the order of its logits). */
export function scoresInLabelOrder(
  item: SentimentValue['items'][number],
  labels: readonly string[],
): number[] {
  return labels.map((label) => {
    const entry = item.labels.find((l) => l.label === label);
    if (!entry) throw new Error(`no score for ${label}`);
    return entry.score;
  });
}

/**
 * Puts a long batch in the textarea as a paste does (one input event). Playwright's `fill`
 * inserts text through the editing commands, which takes about a minute for 5,000 lines.
 */
export async function pasteBatch(page: Page, text: string): Promise<void> {
  await page.getByTestId('sentiment-input').evaluate((node, value) => {
    const textarea = node as HTMLTextAreaElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setValue?.call(textarea, value);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await expect(page.getByTestId('sentiment-input')).toHaveValue(text);
}
