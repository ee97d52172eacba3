/** What every search strategy needs: the model, the resolved limits and the caller's hooks. */
import type { LogitsStage } from './logits-processors.ts';
import type { StepModel } from './step-model.ts';
import type { GenerationHooks, GenerationParams } from './types.ts';

export interface DecodingContext {
  model: StepModel;
  params: GenerationParams;
  hooks: GenerationHooks;
  /** The decoder sequence generation continues: [decoder_start_token_id] or the prompt. */
  prefix: readonly number[];
  /** Effective max_length (max_new_tokens already applied). */
  maxLength: number;
  processors: readonly LogitsStage[];
  /** Logits after `prefix`, from `StepModel.start` (model row 0). */
  firstLogits: Float32Array;
}

/** `generate` rejects with this when `shouldStop()` returns true; `name` is `AbortError` like fetch's. */
export class GenerationAbortError extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('Generation was cancelled.');
  }
}

export function throwIfStopped(hooks: GenerationHooks): void {
  if (hooks.shouldStop?.()) throw new GenerationAbortError();
}

export function isEos(params: GenerationParams, tokenId: number): boolean {
  return params.eos_token_id.includes(tokenId);
}
