/**
 * Beam search on the real fixture models (transformers.js in Node) against the literal port of
 * Python's `_beam_search`: token ids exactly, scores to 1e-4 and the number of decoder steps.
 * The engine runs the real cached step model (KV cache, beam reordering, batching); the
 * reference reads its logits from the no-cache full recompute, memoised per input, so the
 * grid points share the forward passes of the prefixes they have in common.
 *
 * Per fixture: num_beams {2, 3, 4} × length_penalty {0.5, 1, 2} × early_stopping
 * {true, false, "never"} × repetition_penalty {1, 1.5} × no_repeat_ngram_size {0, 2} × 3 articles
 * = 324 runs on each of tiny-t5 and tiny-bart (penalties 0 and -1 are in the unit grid: here
 * every run costs real forward passes). The fixtures end by themselves after ~15-20
 * tokens, so max_length 32 reaches every way the search ends. BART keeps its config's
 * forced_bos/forced_eos tokens: the first step then has one finite candidate per beam.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonBeamSearch } from './reference/python-beam-search.ts';
import {
  ARTICLES,
  SEQ2SEQ_FIXTURES,
  encodeArticle,
  fixtureParams,
  loadFixture,
  memoisedRecompute,
  runEngine,
  type LoadedFixture,
} from './testing/seq2seq-fixtures.ts';

const GRID_ARTICLES = ARTICLES.slice(0, 3);

const grid = [2, 3, 4].flatMap((num_beams) =>
  [0.5, 1, 2].map((length_penalty) => ({ num_beams, length_penalty })),
);

const variants = ([true, false, 'never'] as const).flatMap((early_stopping) =>
  [1, 1.5].flatMap((repetition_penalty) =>
    [0, 2].map((no_repeat_ngram_size) => ({ early_stopping, repetition_penalty, no_repeat_ngram_size })),
  ),
);

describe.each(SEQ2SEQ_FIXTURES)('%s: beam search equals the port of Python _beam_search', (id) => {
  let loaded: LoadedFixture;
  let oracles: ReturnType<typeof memoisedRecompute>[];
  beforeAll(async () => {
    loaded = await loadFixture(id);
    oracles = GRID_ARTICLES.map((text) => memoisedRecompute(loaded, encodeArticle(loaded, text)));
  });
  afterAll(async () => {
    await loaded.model.dispose();
  });

  it.each(grid)(
    '%j × early_stopping × repetition_penalty × no_repeat_ngram_size × articles',
    async (point) => {
      for (const [article, text] of GRID_ARTICLES.entries()) {
        const input = encodeArticle(loaded, text);
        const oracle = oracles[article];
        if (!oracle) throw new Error('no oracle');
        for (const variant of variants) {
          const overrides = { ...point, ...variant, min_length: 0, max_length: 32, num_return_sequences: 2 };
          const params = fixtureParams(loaded, overrides);
          const engine = await runEngine(loaded, input, params);
          const start = params.decoder_start_token_id ?? 0;
          const reference = await pythonBeamSearch(oracle.score, [start], params);
          const where = `${JSON.stringify(overrides)} on article ${article}`;
          expect(
            engine.sequences.map((s) => s.tokenIds),
            where,
          ).toEqual(reference.sequences.map((s) => s.tokenIds));
          engine.sequences.forEach((s, i) =>
            expect(Math.abs(s.score - (reference.sequences[i]?.score ?? NaN)), where).toBeLessThan(1e-4),
          );
          expect(engine.steps, where).toBe(reference.steps);
        }
      }
    },
  );
});
