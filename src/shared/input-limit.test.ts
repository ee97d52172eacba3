import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMIT, inputLimit } from './input-limit.ts';

describe('inputLimit', () => {
  it('takes the position table when it is smaller than model_max_length (a BART whose tokenizer says 1024)', () => {
    expect(inputLimit(1024, { model_type: 'bart', max_position_embeddings: 512 })).toEqual({
      tokens: 512,
      source: 'max_position_embeddings',
      modelMaxLength: 1024,
    });
  });

  it('keeps model_max_length when the config allows more (roberta: 514 positions, 512 tokens)', () => {
    expect(inputLimit(512, { max_position_embeddings: 514 })).toEqual({
      tokens: 512,
      source: 'model_max_length',
      modelMaxLength: 512,
    });
  });

  it('reads GPT-2 style n_positions and n_ctx', () => {
    expect(inputLimit(null, { n_positions: 1024, n_ctx: 2048 }).tokens).toBe(1024);
    expect(inputLimit(null, { n_ctx: 2048 })).toMatchObject({ tokens: 2048, source: 'n_ctx' });
  });

  it('falls back when nothing is declared, and ignores values that are not positive integers', () => {
    expect(inputLimit(null, { max_position_embeddings: '512', n_positions: -1, n_ctx: 1.5 })).toEqual({
      tokens: DEFAULT_INPUT_LIMIT,
      source: 'default',
      modelMaxLength: null,
    });
  });
});
