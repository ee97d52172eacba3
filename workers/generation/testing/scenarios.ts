/** Shared helpers for the engine tests: parameters over a fake model's special tokens. */
import { resolveGenerationParams, type GenerationOverrides } from '../params.ts';
import type { GenerationParams } from '../types.ts';

/** T5-like special tokens of the fake: pad = decoder start = 0, eos = 1. */
export const FAKE_CONFIG = { eos_token_id: 1, pad_token_id: 0, decoder_start_token_id: 0 };

export function fakeParams(overrides: GenerationOverrides = {}): GenerationParams {
  return resolveGenerationParams({ config: FAKE_CONFIG, overrides });
}

export const FAKE_INPUTS: readonly (readonly number[])[] = [
  [5, 9, 3, 12, 1],
  [7, 7, 2, 1],
  [14, 4, 8, 10, 6, 11, 1],
];

export function inputOf(ids: readonly number[]) {
  return { inputIds: ids, attentionMask: ids.map(() => 1) };
}
