import { generateWithCli } from './support/cli.ts';
import { appUrl, expect, readJson, test } from './support/fixtures.ts';
import { setGeneration } from './support/summarize-page.ts';
import {
  pane,
  SENTENCE,
  TINY_MARIAN,
  TINY_NLLB,
  TINY_T5,
  translateAndWait,
} from './support/translation-page.ts';

test('a pair model beside T5 given an instruction: the contract, and the Node engine’s token ids, greedy and beam', async ({
  page,
  hub,
  network,
}) => {
  test.setTimeout(120_000);
  await page.goto(
    appUrl(hub, 'tasks/translation', { model: TINY_MARIAN, model_b: TINY_T5, text: SENTENCE, dtype: 'fp32' }),
  );
  // T5's instruction comes from its task_specific_params for en→ro, and is editable.
  await expect(page.getByTestId('translation-prefix-b')).toHaveValue('translate English to Romanian: ');
  await expect(pane(page, 'a').getByTestId('setting-tgt_lang')).toHaveCount(0); // a pair model: no languages

  const runs: Array<Record<string, number>> = [{ num_beams: 1 }, { num_beams: 3, num_return_sequences: 2 }];
  for (const settings of runs) {
    await setGeneration(page, settings);
    const { a, b } = await translateAndWait(page);
    const cliA = generateWithCli(TINY_MARIAN, SENTENCE, settings, 'translation');
    const cliB = generateWithCli(
      TINY_T5,
      SENTENCE,
      { ...settings, src_lang: 'en', tgt_lang: 'ro' },
      'translation',
    );
    expect(a.tokenIds).toEqual(cliA.sequences[0]?.tokenIds);
    expect(a.text).toBe(cliA.sequences[0]?.text);
    expect(a.prompt).toBe(SENTENCE);
    expect(b.tokenIds).toEqual(cliB.sequences[0]?.tokenIds);
    expect(b.prompt).toBe(`translate English to Romanian: ${SENTENCE}`);
    expect(cliB.prompt).toBe(b.prompt);
    // The dictionary model says it in Spanish; every output token is an element with its probability.
    expect(a.text).toContain('consejo');
    const tokens = pane(page, 'a').getByTestId('generated-token');
    expect(await tokens.count()).toBe(a.tokenIds.length);
    await expect(tokens.first()).toHaveAttribute('title', /p = \d/);
  }
  // Each pane is a glass box: its own prompt, tokenizer, encoder, decoding and decode stages.
  await expect(pane(page, 'b').getByTestId('stage-prompt')).toContainText('translate English to Romanian:');
  await expect(pane(page, 'b').getByTestId('beam-ranking')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('model_b')).toBe(TINY_T5);
  expect(network.outside).toEqual([]);
});

test('a multilingual model: language codes from its tokenizer, the target forced as the first token', async ({
  page,
  hub,
}) => {
  await page.goto(
    appUrl(hub, 'tasks/translation', { model: TINY_NLLB, model_b: TINY_NLLB, text: SENTENCE, dtype: 'fp32' }),
  );
  const tgtA = pane(page, 'a').getByTestId('setting-tgt_lang');
  await expect(tgtA.locator('option')).toHaveText([
    'deu_Latn',
    'eng_Latn',
    'fra_Latn',
    'ron_Latn',
    'spa_Latn',
  ]);
  await pane(page, 'a').getByTestId('setting-src_lang').selectOption('eng_Latn');
  await tgtA.selectOption('fra_Latn');
  await pane(page, 'b').getByTestId('setting-src_lang').selectOption('eng_Latn');
  await pane(page, 'b').getByTestId('setting-tgt_lang').selectOption('deu_Latn');
  await setGeneration(page, { num_beams: 1 });
  const { a, b } = await translateAndWait(page);
  const cli = generateWithCli(
    TINY_NLLB,
    SENTENCE,
    { num_beams: 1, src_lang: 'eng_Latn', tgt_lang: 'fra_Latn' },
    'translation',
  );
  expect(a.tokenIds).toEqual(cli.sequences[0]?.tokenIds);
  // fra_Latn (id 651) is the first generated token, forced; German on the other pane.
  expect(a.tokenIds[0]).toBe(651);
  expect(b.tokenIds[0]).toBe(649);
  expect(a.text).not.toBe(b.text);
  await expect(page.getByTestId('translation-languages-a')).toContainText(
    'fra_Latn (id 651) forced as the first generated token',
  );
  // The tokenizer stage shows the source language token first.
  await expect(pane(page, 'a').getByTestId('stage-tokenizer')).toContainText('eng_Latn');
});

test('bad input: empty text, a pair T5 was not trained on, an unknown language code, a model that cannot translate', async ({
  page,
  hub,
}) => {
  test.setTimeout(90_000);
  await page.goto(appUrl(hub, 'tasks/translation', { model: TINY_MARIAN, model_b: TINY_T5 }));
  await page.getByTestId('run-button').click();
  for (const id of ['a', 'b'] as const) {
    await expect(pane(page, id).getByTestId('job-error')).toContainText('no text to translate');
  }

  await page.getByTestId('translation-input').fill(SENTENCE);
  await pane(page, 'b').getByTestId('setting-tgt_lang').selectOption('es');
  await expect(page.getByTestId('translation-prefix-b')).toHaveValue('');
  await page.getByTestId('run-button').click();
  await expect(pane(page, 'b').getByTestId('job-error')).toContainText(
    'was trained to translate en→de, en→fr, en→ro only',
  );
  // An instruction written by the person runs anyway, with a notice.
  await page.getByTestId('translation-prefix-b').fill('translate English to Spanish: ');
  const { b } = await translateAndWait(page);
  expect(b.prompt).toBe(`translate English to Spanish: ${SENTENCE}`);
  await expect(pane(page, 'b')).toContainText('was not trained on en→es');

  await page.goto(
    appUrl(hub, 'tasks/translation', {
      model: TINY_NLLB,
      tgt_lang: 'xyz_Latn',
      model_b: 'glasspipe-test/tiny-sentiment',
      text: SENTENCE,
    }),
  );
  await page.getByTestId('run-button').click();
  await expect(pane(page, 'a').getByTestId('job-error')).toContainText(
    'has no target language code "xyz_Latn"',
  );
  // A BERT classifier is not a seq2seq model: said so, and the page keeps working.
  const notSeq2Seq = pane(page, 'b').getByTestId('job-error');
  await expect(notSeq2Seq).toHaveAttribute('data-value', '{"code":"unsupported-model"}', { timeout: 30_000 });
  await pane(page, 'b').getByTestId('translation-model-b').fill(TINY_MARIAN);
  await pane(page, 'a').getByTestId('setting-tgt_lang').selectOption('spa_Latn');
  const after = await translateAndWait(page);
  expect(after.a.text).toBe(after.b.text); // the same dictionary: NLLB into Spanish and the en→es pair
});

test('q8 weights whose session cannot be made are retried with fp32 in a fresh worker, and the badge says so', async ({
  page,
  hub,
}) => {
  // faults=q8-session throws what transformers.js 4.x throws for q8 t5-small, opus-mt and NLLB.
  await page.goto(
    appUrl(hub, 'tasks/translation', {
      model: TINY_MARIAN,
      model_b: TINY_NLLB,
      text: SENTENCE,
      faults: 'q8-session',
    }),
  );
  const { a, b } = await translateAndWait(page);
  expect(a.text).toContain('consejo');
  expect(b.text.length).toBeGreaterThan(0);
  expect(await readJson(page, 'device-badge')).toEqual({ device: 'wasm', dtype: 'fp32', fellBack: true });
  await expect(page.getByTestId('device-badge')).toHaveAttribute(
    'title',
    /int8 \(q8\) weights .* cannot run in this browser/,
  );
  await expect(page.getByTestId('job-error')).toHaveCount(0);
});
