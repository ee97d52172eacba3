/** Multinomial sampling (`do_sample`): warpers, then a draw from a seeded PRNG. */
import type { TokenChooser } from './greedy-search.ts';
import { buildLogitsWarpers } from './logits-warpers.ts';
import { mulberry32, sampleIndex } from './prng.ts';
import type { GenerationParams } from './types.ts';

export function createSamplingChooser(params: GenerationParams): TokenChooser {
  // Without a seed every run differs, as Python's unseeded torch.multinomial.
  const seed = params.seed ?? Math.floor(Math.random() * 2 ** 32);
  const random = mulberry32(seed);
  return {
    warpers: buildLogitsWarpers(params),
    needsProbabilities: true,
    choose: (_scores, probabilities) => {
      if (probabilities === null) throw new Error('Sampling needs the probabilities.');
      const draw = random();
      return { tokenId: sampleIndex(probabilities, () => draw), draw };
    },
  };
}
