import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURE_HUB_ROOT, readJson } from './fixtures.ts';

export const TINY_NLI = 'glasspipe-test/tiny-nli';
export const FOOTBALL = 'The football match ended late.';

/** The contract's `zeroshot-result` / `zeroshot-item` value. */
export interface ZeroShotValue {
  sequence: string;
  labels: string[];
  scores: number[];
  multiLabel: boolean;
  pairs: Array<{ label: string; hypothesis: string; logits: number[] }>;
}

/** Presses Classify and waits for the run's result (the run facts appear only with it). */
export async function classifyAndWait(page: Page): Promise<ZeroShotValue> {
  await page.getByTestId('run-button').click();
  await expect(page.getByTestId('zeroshot-facts')).toBeVisible({ timeout: 45_000 });
  return readJson<ZeroShotValue>(page, 'zeroshot-result');
}

/** The fixture model's `label2id`, as Python reads it from config.json. */
export function label2id(model: string): Record<string, number> {
  const config = JSON.parse(readFileSync(path.join(FIXTURE_HUB_ROOT, model, 'config.json'), 'utf8')) as {
    label2id: Record<string, number>;
  };
  return config.label2id;
}

function softmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  const exps = xs.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * The scores Python's ZeroShotClassificationPipeline.postprocess computes from the pair logits,
 * by label (written here independently of the app): entailment = the first label2id key that
 * starts with "entail" (any case); contradiction = 0, or -1 when entailment is 0; multi_label
 * (or one label): each label's softmax over [contradiction, entailment]; otherwise a softmax
 * across the labels' entailment logits.
 */
export function pythonScores(value: ZeroShotValue, ids: Record<string, number>): Map<string, number> {
  const entry = Object.entries(ids).find(([label]) => label.toLowerCase().startsWith('entail'));
  if (!entry) throw new Error('no entailment label');
  const entail = entry[1];
  const at = (row: number[], i: number) => row.at(i) ?? Number.NaN;
  const contradiction = entail === 0 ? -1 : 0;
  const perLabel = value.multiLabel || value.pairs.length === 1;
  const scores = perLabel
    ? value.pairs.map((p) => softmax([at(p.logits, contradiction), at(p.logits, entail)])[1] ?? Number.NaN)
    : softmax(value.pairs.map((p) => at(p.logits, entail)));
  return new Map(value.pairs.map((p, i) => [p.label, scores[i] ?? Number.NaN]));
}

/** Reported scores equal Python's from the reported logits, and come best first. */
export function expectPythonScores(value: ZeroShotValue, ids: Record<string, number>): void {
  const expected = pythonScores(value, ids);
  expect([...value.labels].sort()).toEqual([...expected.keys()].sort());
  value.labels.forEach((label, i) => {
    expect(
      Math.abs((value.scores[i] ?? Number.NaN) - (expected.get(label) ?? Number.NaN)),
      label,
    ).toBeLessThan(1e-6);
  });
  for (let i = 1; i < value.scores.length; i++)
    expect(value.scores[i - 1] ?? 0).toBeGreaterThanOrEqual(value.scores[i] ?? 0);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, not stretched when other processes hold the cores. */
  tdur?: number;
  args?: { name?: string };
}

/**
 * The main-thread CPU time (ms) of each task the page ran during `during`, longest first, from a
 * Chromium trace. CPU time, not wall time: on a busy machine a short task can wait for a core.
 * The test's own injected scripts (EvaluateScript) are not counted.
 */
export async function mainThreadTaskMs(page: Page, during: () => Promise<void>): Promise<number[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to trace');
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await during();
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const harness = onMain.filter((e) => e.name === 'EvaluateScript');
  return tasks
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const own = harness
        .filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end)
        .reduce((sum, e) => sum + (e.tdur ?? 0), 0);
      return Math.round(((task.tdur ?? 0) - own) / 100) / 10;
    })
    .sort((a, b) => b - a);
}

/** Waits inside the page (no polling from the test) until `testId` is in the document. */
export async function waitInPage(page: Page, testId: string): Promise<void> {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const found = () => document.querySelector(`[data-testid="${id}"]`) !== null;
        if (found()) return resolve();
        const observer = new MutationObserver(() => {
          if (!found()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true });
      }),
    testId,
  );
}
