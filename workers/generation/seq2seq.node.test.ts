/**
 * The engine on the real fixture models (transformers.js in Node): against the library's own
 * greedy `generate`, and against the naive reference decoder fed by full recomputes of the
 * model (no cache: the whole decoder prefix each step), which checks the cache handling, beam
 * reordering and batching of `transformers-step-model.ts`. The beam-search grid is in
 * beam-search-grid.node.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Tensor } from '@huggingface/transformers';
import { generate } from './engine.ts';
import type { GenerationOverrides } from './params.ts';
import { naiveGenerate, type NaiveSequence } from './reference/naive-decoder.ts';
import { pythonBeamSearch } from './reference/python-beam-search.ts';
import {
  ARTICLES,
  SEQ2SEQ_FIXTURES,
  encodeArticle,
  fixtureParams,
  fullRecompute,
  int64,
  loadFixture,
  runEngine,
  type LoadedFixture,
} from './testing/seq2seq-fixtures.ts';
import { createTransformersStepModel } from '../runtime/step-model.ts';
import type { GenerationResult } from './types.ts';

async function engineAndReference(loaded: LoadedFixture, text: string, overrides: GenerationOverrides) {
  const input = encodeArticle(loaded, text);
  const params = fixtureParams(loaded, overrides);
  const engine = await runEngine(loaded, input, params);
  const start = params.decoder_start_token_id ?? 0;
  const reference = await naiveGenerate(fullRecompute(loaded, input), [start], params);
  return { engine, reference };
}

function expectSame(engine: GenerationResult, reference: NaiveSequence[]): void {
  expect(engine.sequences.map((s) => s.tokenIds)).toEqual(reference.map((s) => s.tokenIds));
  engine.sequences.forEach((s, i) =>
    expect(Math.abs(s.score - (reference[i]?.score ?? NaN))).toBeLessThan(1e-4),
  );
}

const PLAIN: GenerationOverrides = {
  num_beams: 1,
  min_length: 0,
  no_repeat_ngram_size: 0,
  early_stopping: false,
  length_penalty: 1,
};

describe.each(SEQ2SEQ_FIXTURES)('%s', (id) => {
  let loaded: LoadedFixture;
  beforeAll(async () => {
    loaded = await loadFixture(id);
  });
  afterAll(async () => {
    await loaded.model.dispose();
  });

  it("greedy equals the library's own generate on every article", async () => {
    for (const text of ARTICLES) {
      const input = encodeArticle(loaded, text);
      const params = fixtureParams(loaded, { num_beams: 1, max_length: 24 });
      const ours = await generate(createTransformersStepModel(loaded.model), input, params);
      // `generate` keeps max_new_tokens at its null default, so max_length counts (the pipelines
      // set max_new_tokens: 256 instead). It would ignore num_beams anyway.
      const theirs = await loaded.model.generate({
        inputs: int64(input.inputIds),
        attention_mask: int64(input.attentionMask),
        max_length: 24,
        num_beams: 1,
      });
      if (!(theirs instanceof Tensor)) throw new Error('generate() returned no tensor');
      expect(ours.sequences[0]?.tokenIds).toEqual(Array.from(theirs.data, Number));
    }
  });

  it('greedy equals the no-cache reference, with the model’s own processors', async () => {
    for (const text of ARTICLES) {
      const { engine, reference } = await engineAndReference(loaded, text, { num_beams: 1, max_length: 24 });
      expectSame(engine, reference);
    }
  });

  // A case's task applies that pipeline's task_specific_params (T5's summarization settings).
  const beamCases: [string, GenerationOverrides, 'summarization'?][] = [
    ['cut at max_length', { ...PLAIN, num_beams: 4, max_length: 12, num_return_sequences: 2 }],
    ['min_length', { ...PLAIN, num_beams: 3, min_length: 24, max_length: 32 }],
    ['no_repeat_ngram_size 3', { ...PLAIN, num_beams: 4, no_repeat_ngram_size: 3, max_length: 32 }],
    ['num_return_sequences 4 of 4', { ...PLAIN, num_beams: 4, num_return_sequences: 4, max_length: 32 }],
    ['max_new_tokens', { ...PLAIN, num_beams: 3, max_new_tokens: 9, early_stopping: 'never' }],
    ['the summarization pipeline’s own settings', { max_length: 32 }, 'summarization'],
  ];
  it.each(beamCases)(
    'beam search, %s, equals the port of Python _beam_search',
    async (_name, overrides, task) => {
      for (const text of ARTICLES.slice(0, 2)) {
        const input = encodeArticle(loaded, text);
        const params = fixtureParams(loaded, overrides, task);
        const engine = await runEngine(loaded, input, params);
        const start = params.decoder_start_token_id ?? 0;
        const reference = await pythonBeamSearch(fullRecompute(loaded, input), [start], params);
        expectSame(engine, reference.sequences);
        expect(engine.steps).toBe(reference.steps);
      }
    },
  );

  it('seeded sampling is reproducible and equals the reference sampler', async () => {
    const overrides = {
      ...PLAIN,
      do_sample: true,
      seed: 7,
      top_k: 20,
      num_return_sequences: 3,
      max_length: 32,
    };
    const first = await engineAndReference(loaded, ARTICLES[0] ?? '', overrides);
    const again = await engineAndReference(loaded, ARTICLES[0] ?? '', overrides);
    expect(again.engine).toEqual(first.engine);
    expect(first.engine.sequences.map((s) => s.tokenIds)).toEqual(first.reference.map((s) => s.tokenIds));
  });
});
