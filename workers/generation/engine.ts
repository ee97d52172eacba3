/**
 * The decoding engine: Python `transformers` `generate` semantics (greedy, sampling, beam search)
 * on top of any `StepModel`. transformers.js 4.x ignores `num_beams`, returns no scores and
 * ignores `max_length` in seq2seq pipelines, so we drive the model's forward passes ourselves.
 */
import { beamSearch } from './beam-search.ts';
import { throwIfStopped, type DecodingContext } from './decoding-context.ts';
import { greedyChooser, searchTokenByToken } from './greedy-search.ts';
import { buildLogitsStages } from './logits-processors.ts';
import { validateGenerationParams } from './params.ts';
import { createSamplingChooser } from './sampling.ts';
import type { ModelInput, StepModel } from './step-model.ts';
import type { GenerationHooks, GenerationParams, GenerationResult } from './types.ts';

export { GenerationAbortError } from './decoding-context.ts';

export async function generate(
  model: StepModel,
  input: ModelInput,
  params: GenerationParams,
  hooks: GenerationHooks = {},
): Promise<GenerationResult> {
  validateGenerationParams(params);
  const prefix = decoderPrefix(model, input, params);
  // Python: max_new_tokens, when set, wins over max_length and counts from the decoder prefix.
  const maxLength =
    params.max_new_tokens !== null ? prefix.length + params.max_new_tokens : params.max_length;
  throwIfStopped(hooks);
  const firstLogits = await model.start(input, prefix);
  const ctx: DecodingContext = {
    model,
    params,
    hooks,
    prefix,
    maxLength,
    processors: buildLogitsStages(params, prefix.length, maxLength),
    firstLogits,
  };
  if (params.num_beams > 1) return beamSearch(ctx);
  if (params.do_sample)
    return searchTokenByToken(ctx, createSamplingChooser(params), params.num_return_sequences);
  return searchTokenByToken(ctx, greedyChooser, 1);
}

/** Seq2seq decoders start from decoder_start_token_id (else bos, as Python); decoder-only from the prompt. */
export function decoderPrefix(model: StepModel, input: ModelInput, params: GenerationParams): number[] {
  if (!model.isEncoderDecoder) {
    if (input.inputIds.length === 0) throw new RangeError('A decoder-only model needs a non-empty prompt.');
    return [...input.inputIds];
  }
  const start = params.decoder_start_token_id ?? params.bos_token_id;
  if (start === null) {
    throw new RangeError(
      '`decoder_start_token_id` or `bos_token_id` has to be defined for encoder-decoder generation.',
    );
  }
  return [start];
}
