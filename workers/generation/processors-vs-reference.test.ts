/**
 * Every logits processor and sampling warper against the independent reference
 * (reference/naive-processors.ts, plain arrays written out longhand) on hand-made logits: rows
 * with negatives, ties, -Infinity and a peaked one, over sequences that repeat tokens.
 */
import { describe, expect, it } from 'vitest';
import { applyProcessors, buildLogitsStages } from './logits-processors.ts';
import { buildLogitsWarpers } from './logits-warpers.ts';
import { mulberry32 } from './prng.ts';
import { naiveProcess, naiveWarp } from './reference/naive-processors.ts';
import { fakeParams } from './testing/scenarios.ts';
import type { GenerationParams } from './types.ts';

const VOCAB = 12;
const random = mulberry32(2026);
const rows: number[][] = [
  [2, -1, 0.5, 0.5, -3, 4, 1, 0, -0.5, 3, 3, -2],
  Array.from({ length: VOCAB }, (_, i) => (i === 4 ? 9 : -1)),
  Array.from({ length: VOCAB }, (_, i) => (i % 3 === 0 ? -Infinity : i / 4 - 1)),
  ...Array.from({ length: 5 }, () =>
    Array.from({ length: VOCAB }, () => Math.round((random() * 8 - 4) * 4) / 4),
  ),
];
const sequences = [[0], [0, 5, 9, 5], [1, 2, 3, 1, 2, 10, 11, 5, 6]];

const settings: Array<Partial<GenerationParams>> = [
  { repetition_penalty: 1.5 },
  { repetition_penalty: 0.7 },
  { no_repeat_ngram_size: 2 },
  { no_repeat_ngram_size: 3 },
  { bad_words_ids: [[7], [1, 2, 4]], eos_token_id: [11] },
  { min_length: 6, eos_token_id: [11] },
  { min_new_tokens: 3, eos_token_id: [2, 11] },
  { forced_bos_token_id: 8 },
  { forced_eos_token_id: [11] },
  { renormalize_logits: true, repetition_penalty: 1.2 },
  { temperature: 0.6 },
  { temperature: 1.7, top_k: 4 },
  { top_k: 1 },
  { top_k: 3, top_p: 0.9 },
  { top_p: 0.5 },
  { top_p: 0.05, temperature: 2 },
  { repetition_penalty: 1.3, no_repeat_ngram_size: 2, temperature: 0.8, top_k: 6, top_p: 0.7 },
];

describe('processors and warpers equal the reference', () => {
  for (const setting of settings) {
    it(JSON.stringify(setting), () => {
      const params = fakeParams({ top_k: 0, ...setting });
      for (const sequence of sequences) {
        for (const row of rows) {
          const maxLength = sequence.length + 1;
          const scores = Float64Array.from(row);
          applyProcessors(buildLogitsStages(params, 1, maxLength), sequence, scores);
          applyProcessors(buildLogitsWarpers(params), sequence, scores);
          const expected = naiveWarp(
            naiveProcess(sequence, row, params, { prefixLength: 1, maxLength }),
            params,
          );
          expect(Array.from(scores).map((s) => (s === -Infinity ? s : Number(s.toFixed(10))))).toEqual(
            expected.map((s) => (s === -Infinity ? s : Number(s.toFixed(10)))),
          );
        }
      }
    });
  }
});
