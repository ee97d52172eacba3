/**
 * Issue 10: beam search stops where Python `transformers` (4.50+) stops. The engine used to follow
 * the older `BeamHypotheses.is_done`, which bounds what the search can still find by the best
 * *candidate* of the step (often an EOS that has just finished); Python's
 * `_check_early_stop_heuristic` bounds it by the best *running* beam, which is lower, so Python
 * stops sooner. On these fixture settings the old engine kept searching and returned a longer
 * hypothesis; the expected output comes from the port of Python's `_beam_search`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonBeamSearch } from './reference/python-beam-search.ts';
import {
  ARTICLES,
  encodeArticle,
  fixtureParams,
  fullRecompute,
  loadFixture,
  runEngine,
  type LoadedFixture,
} from './testing/seq2seq-fixtures.ts';

// Measured with the engine before the fix (commit 092a2cf), same settings and article.
const CASES = [
  {
    id: 'glasspipe-test/tiny-t5',
    settings: { num_beams: 4, length_penalty: 2, early_stopping: false },
    old: { tokens: 27, steps: 28 },
  },
  {
    id: 'glasspipe-test/tiny-bart',
    settings: { num_beams: 3, length_penalty: 1, repetition_penalty: 1.5, early_stopping: false },
    old: { tokens: 19, steps: 19 },
  },
] as const;

const ARTICLE = ARTICLES[3] ?? '';

describe.each(CASES)('$id with $settings', ({ id, settings, old }) => {
  let loaded: LoadedFixture;
  beforeAll(async () => {
    loaded = await loadFixture(id);
  });
  afterAll(async () => {
    await loaded.model.dispose();
  });

  it('stops where Python stops, with a shorter hypothesis than the old rule found', async () => {
    const input = encodeArticle(loaded, ARTICLE);
    const params = fixtureParams(loaded, {
      ...settings,
      no_repeat_ngram_size: 0,
      min_length: 0,
      max_length: 32,
    });
    const engine = await runEngine(loaded, input, params);
    const reference = await pythonBeamSearch(
      fullRecompute(loaded, input),
      [params.decoder_start_token_id ?? 0],
      params,
    );

    const [best] = reference.sequences;
    expect(best?.tokenIds.length).toBeLessThan(old.tokens);
    expect(reference.steps).toBeLessThan(old.steps);
    expect(reference.ended.noImprovementPossible).toBe(true);
    expect(engine.sequences[0]?.tokenIds).toEqual(best?.tokenIds);
    expect(engine.sequences[0]?.score).toBeCloseTo(best?.score ?? NaN, 4);
    expect(engine.steps).toBe(reference.steps);
  });
});
