import type { Page } from '@playwright/test';
import { expect, readJson } from './fixtures.ts';

export const TINY_GPT = 'glasspipe-test/tiny-gpt';
export const TINY_GPT_INSTRUCT = 'glasspipe-test/tiny-gpt-instruct';
export const TINY_T5 = 'glasspipe-test/tiny-t5';
export const PROMPT = 'The city council met on Tuesday';

/** The contract's `generate-output` / `generate-output-b` value. */
export interface GenerateValue {
  text: string;
  prompt: string;
  tokenIds: number[];
  done: boolean;
}

/** One logits stage of the inspected step (`sampling-stage`'s value). */
export interface StageValue {
  stage: string;
  kept: number;
  removed: number;
  removedMass: number;
  chosenProbability: number;
}

/** The inspected step (`generate-inspector`'s value). */
export interface StepValue {
  step: number;
  id: number;
  draw: number | null;
  stages: StageValue[];
}

export const outputOf = (pane: 'a' | 'b') => (pane === 'a' ? 'generate-output' : 'generate-output-b');

export function pane(page: Page, id: 'a' | 'b') {
  return page.getByTestId(`generate-pane-${id}`);
}

/** Sets settings through the contract's `setting-<name>` fields: numbers typed, booleans ticked. */
export async function setSettings(page: Page, settings: Record<string, number | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(settings)) {
    const field = page.getByTestId(`setting-${name}`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else await field.fill(String(value));
  }
}

/** Presses Generate and waits until every pane asked for is done. */
export async function generateAndWait(
  page: Page,
  panes: ReadonlyArray<'a' | 'b'> = ['a'],
): Promise<Record<'a' | 'b', GenerateValue | null>> {
  await page.getByTestId('run-button').click();
  const out: Record<'a' | 'b', GenerateValue | null> = { a: null, b: null };
  for (const id of panes) {
    await expect(page.getByTestId(outputOf(id))).toHaveAttribute('data-value', /"done":true/, {
      timeout: 45_000,
    });
    out[id] = await readJson<GenerateValue>(page, outputOf(id));
  }
  return out;
}

/** The inspected step and one of its stages, from the sampling inspector of pane a. */
export async function inspectedStep(page: Page): Promise<StepValue> {
  return readJson<StepValue>(page, 'generate-inspector');
}

export async function stageOf(page: Page, stage: string): Promise<StageValue> {
  const raw = await page
    .getByTestId('sampling-stage')
    .and(page.locator(`[data-stage="${stage}"]`))
    .getAttribute('data-value');
  if (raw === null) throw new Error(`no ${stage} stage`);
  return JSON.parse(raw) as StageValue;
}
