import type { Page } from '@playwright/test';
import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import {
  generateAndWait,
  inspectedStep,
  outputOf,
  pane,
  PROMPT,
  setSettings,
  stageOf,
  TINY_GPT,
  TINY_GPT_INSTRUCT,
  TINY_T5,
  type GenerateValue,
} from './support/generate-page.ts';

/** Counts the workers the page starts: a hard cancel terminates the worker and starts another. */
function countWorkers(page: Page): () => number {
  let workers = 0;
  page.on('worker', () => (workers += 1));
  return () => workers;
}

// The client resets the worker when a cancelled job has not stopped 2 s after the click.
const HARD_CANCEL_AFTER_MS = 2000;

test('a base model continues the typed prompt: tokens stream, the output is the contract’s, every stage shows', async ({
  page,
  hub,
  network,
}) => {
  // slow-steps (25 ms a step) so the tokens can be seen arriving.
  await page.goto(appUrl(hub, 'tasks/generate', { model: TINY_GPT, faults: 'slow-steps' }));
  // A base model: no chat template switch or system message.
  await expect(page.getByTestId('setting-chat')).toHaveCount(0);
  await expect(page.getByTestId('generate-system')).toHaveCount(0);
  await page.getByTestId('generate-input').fill(PROMPT);
  await setSettings(page, { max_new_tokens: 40 });
  await page.getByTestId('run-button').click();
  const tokens = page.getByTestId('generated-token');
  await expect(tokens.first()).toBeAttached({ timeout: 45_000 });
  const early = await tokens.count();
  const streaming = await readJson<GenerateValue>(page, 'generate-output');
  expect(streaming.done).toBe(false);
  await expect(page.getByTestId('generate-output')).toHaveAttribute('data-value', /"done":true/);
  const value = await readJson<GenerateValue>(page, 'generate-output');
  expect(await tokens.count()).toBeGreaterThan(early);
  expect(value.prompt).toBe(PROMPT);
  expect(value.tokenIds.length).toBeGreaterThan(1);
  expect(value.tokenIds.length).toBeLessThanOrEqual(40);
  expect(await tokens.count()).toBe(value.tokenIds.length);
  const ids = await tokens.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-token-id'))));
  expect(ids).toEqual(value.tokenIds);

  // Stage by stage: the estimate (as text, not colour only), the raw prompt, the ids, the stop reason.
  await expect(page.getByTestId('generate-fits')).toContainText('Fits this device');
  await expect(page.getByTestId('stage-prompt')).toContainText('no chat template');
  await expect(page.getByTestId('generate-rendered-prompt')).toHaveText(PROMPT);
  await expect(page.getByTestId('stage-tokenizer')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('generate-stop-reason')).toContainText('Stopped:');
  // Greedy: the inspector shows each stage and says how the token was chosen.
  expect((await inspectedStep(page)).draw).toBeNull();
  await expect(page.getByTestId('generate-inspector')).toContainText('Greedy');
  // Copy as code has the exact prompt and settings.
  await page.getByText('Copy as code').click();
  await expect(page.getByTestId('code-snippet')).toContainText('max_new_tokens=40');
  await expect(page.getByTestId('code-snippet')).toContainText(`prompt = "${PROMPT}"`);
  await page.getByTestId('code-python-generate').click();
  await expect(page.getByTestId('code-snippet')).toContainText('AutoModelForCausalLM.from_pretrained');
  // The URL keeps the state.
  const url = new URL(page.url());
  expect(url.searchParams.get('model')).toBe(TINY_GPT);
  expect(url.searchParams.get('text')).toBe(PROMPT);
  expect(url.searchParams.get('max_new_tokens')).toBe('40');
  expect(network.outside).toEqual([]);
});

test('an instruction model gets its ChatML template: the construction shows it, the prompt is the template’s', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'tasks/generate', { model: TINY_GPT_INSTRUCT, text: PROMPT }));
  await expect(page.getByTestId('setting-chat')).toBeChecked();
  await setSettings(page, { max_new_tokens: 8 });
  const { a } = await generateAndWait(page);
  expect(a?.prompt).toContain(`<|im_start|>user\n${PROMPT}<|im_end|>`);
  expect(a?.prompt.endsWith('<|im_start|>assistant\n')).toBe(true);
  const construction = page.getByTestId('stage-prompt');
  await expect(construction).toContainText('chat template');
  await expect(construction.getByTestId('generate-messages')).toContainText(`user: ${PROMPT}`);
  await expect(construction.locator('mark').filter({ hasText: '<|im_start|>' }).first()).toBeVisible();
  await expect(page.getByTestId('generate-rendered-prompt')).toContainText('<|im_start|>assistant');

  // A system message goes first; with the template off, the prompt goes in as typed.
  await page.getByTestId('generate-system').fill('Be brief.');
  const withSystem = await generateAndWait(page);
  expect(withSystem.a?.prompt.startsWith('<|im_start|>system\nBe brief.<|im_end|>\n')).toBe(true);
  expect(new URL(page.url()).searchParams.get('system')).toBe('Be brief.');
  await page.getByTestId('setting-chat').uncheck();
  await expect(page.getByTestId('generate-system')).toHaveCount(0);
  const raw = await generateAndWait(page);
  expect(raw.a?.prompt).toBe(PROMPT);
  await expect(page.getByTestId('stage-prompt')).toContainText('The chat template is switched off');
  expect(new URL(page.url()).searchParams.get('chat')).toBe('off');
});

test('sampling with a seed is reproducible and changes with the seed; the inspector shows top-k removing tokens', async ({
  page,
  hub,
}) => {
  test.setTimeout(90_000);
  await page.goto(appUrl(hub, 'tasks/generate', { model: TINY_GPT, text: PROMPT }));
  // top_k 20 at temperature 1.5 over a random model: a near-flat draw among 20 tokens at each of
  // 24 steps, so two seeds agreeing on every step is out of the question.
  await setSettings(page, { max_new_tokens: 24, do_sample: true, temperature: 1.5, top_k: 20, seed: 7 });
  const first = await generateAndWait(page);
  const again = await generateAndWait(page);
  expect(again.a?.tokenIds).toEqual(first.a?.tokenIds);
  expect(again.a?.text).toBe(first.a?.text);
  await setSettings(page, { seed: 8 });
  const other = await generateAndWait(page);
  expect(other.a?.tokenIds).not.toEqual(first.a?.tokenIds);

  // Pick step 3 from the list: each stage's distribution, top_k keeping 20 of the vocabulary.
  await page.getByTestId('generate-step').selectOption('3');
  const step = await inspectedStep(page);
  expect(step.step).toBe(3);
  expect(step.id).toBe(other.a?.tokenIds[3]);
  expect(step.draw).not.toBeNull();
  expect(step.stages.map((s) => s.stage)).toEqual(['raw', 'temperature', 'top_k']);
  const raw = await stageOf(page, 'raw');
  const topK = await stageOf(page, 'top_k');
  expect(topK.kept).toBe(20);
  expect(topK.removed).toBe(raw.kept - 20);
  expect(topK.removedMass).toBeGreaterThan(0);
  await expect(page.getByTestId('stage-sampling')).toContainText('Top-k (top_k = 20)');
  await expect(page.getByTestId('stage-sampling')).toContainText('◀ chosen');
  // Clicking a token of the output inspects its step.
  await page.getByTestId('generated-token').nth(5).click();
  expect((await inspectedStep(page)).step).toBe(5);
  expect(new URL(page.url()).searchParams.get('seed')).toBe('8');
});

test('cancel stops generation between tokens without resetting the worker; the next run works', async ({
  page,
  hub,
}) => {
  const workers = countWorkers(page);
  // min_new_tokens (a setting the URL takes) forbids end-of-sequence, so generation is still going.
  await page.goto(
    appUrl(hub, 'tasks/generate', {
      model: TINY_GPT,
      text: PROMPT,
      faults: 'slow-steps',
      max_new_tokens: '200',
      min_new_tokens: '200',
    }),
  );
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('generated-token').nth(5)).toBeAttached({ timeout: 45_000 });
  expect(workers()).toBe(1);
  await page.getByTestId('cancel-button').click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled.' })).toBeVisible();
  const count = await page.getByTestId('generated-token').count();
  await page.waitForTimeout(HARD_CANCEL_AFTER_MS + 500);
  expect(workers()).toBe(1);
  expect(await page.getByTestId('generated-token').count()).toBe(count);
  const partial = await readJson<GenerateValue>(page, 'generate-output');
  expect(partial.done).toBe(false);
  expect(partial.tokenIds).toHaveLength(count);
  expect(count).toBeLessThan(200);

  await setSettings(page, { max_new_tokens: 6 });
  const { a } = await generateAndWait(page);
  expect(a?.tokenIds).toHaveLength(6);
  expect(workers()).toBe(1);
});

test('bad input: an empty prompt, impossible settings, a seq2seq model — each a specific error', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'tasks/generate', { model: TINY_GPT }));
  await page.getByTestId('run-button').click();
  const error = page.getByTestId('job-error');
  await expect(error).toContainText('There is no prompt');
  await expect(error).toHaveAttribute('data-value', '{"code":"empty-input"}');

  await page.getByTestId('generate-input').fill(PROMPT);
  await setSettings(page, { do_sample: true, temperature: 0 });
  // Said before the run, and by the worker when run.
  await expect(page.getByTestId('generate-validation')).toContainText('do_sample with temperature 0');
  await page.getByTestId('run-button').click();
  await expect(error).toContainText('set `do_sample=False`');
  await setSettings(page, { temperature: 1, top_p: 1.5 });
  await page.getByTestId('run-button').click();
  await expect(error).toContainText('top_p must be in (0, 1]');
  await setSettings(page, { top_p: 1, max_new_tokens: 300 });
  await page.getByTestId('run-button').click();
  await expect(error).toContainText("beyond this model's context of 256");
  await setSettings(page, { max_new_tokens: 0 });
  await page.getByTestId('run-button').click();
  await expect(error).toContainText('max_new_tokens must be a whole number above 0');

  // A seq2seq model is pointed to the views that run it.
  await setSettings(page, { max_new_tokens: 5 });
  await page.getByTestId('model-input').fill(TINY_T5);
  await page.getByTestId('run-button').click();
  await expect(error).toContainText('sequence-to-sequence');
  await expect(error).toContainText('Summarize (#/summarize) or Translation (#/tasks/translation)');
  await expect(error).toHaveAttribute('data-value', '{"code":"unsupported-model"}');
  // And the page keeps working.
  await page.getByTestId('model-input').fill(TINY_GPT);
  const { a } = await generateAndWait(page);
  expect(a?.tokenIds.length).toBeGreaterThan(0);
});

test('base against instruction-tuned side by side: the same prompt, raw for one, in the template for the other', async ({
  page,
  hub,
}) => {
  await page.goto(appUrl(hub, 'tasks/generate', { model: TINY_GPT, text: PROMPT }));
  await page.getByTestId('setting-compare').check();
  // Pane b defaults to pane a's instruction-tuned counterpart.
  await expect(page.getByTestId('generate-model-b')).toHaveValue(TINY_GPT_INSTRUCT);
  await setSettings(page, { max_new_tokens: 8 });
  const { a, b } = await generateAndWait(page, ['a', 'b']);
  expect(a?.prompt).toBe(PROMPT);
  expect(b?.prompt).toContain(`<|im_start|>user\n${PROMPT}<|im_end|>`);
  expect(a?.tokenIds.length).toBeGreaterThan(0);
  expect(b?.tokenIds.length).toBeGreaterThan(0);
  await expect(pane(page, 'a').getByTestId('stage-prompt')).toContainText('no chat template');
  await expect(pane(page, 'b').getByTestId('stage-prompt')).toContainText('chat template');
  await expect(pane(page, 'b').getByTestId(outputOf('b'))).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('compare')).toBe('true');
  expect(url.searchParams.has('model_b')).toBe(false); // the counterpart, by default
});
