import type { StepModel } from './step-model.ts';

/** Wraps a model so that `before` runs (and is awaited) ahead of every decoder call. */
export function withBeforeEachStep(model: StepModel, before: () => Promise<void>): StepModel {
  return {
    get isEncoderDecoder() {
      return model.isEncoderDecoder;
    },
    get encoderInfo() {
      return model.encoderInfo ?? null;
    },
    start: async (input, prefix) => {
      await before();
      return model.start(input, prefix);
    },
    step: async (tokens, parents) => {
      await before();
      return model.step(tokens, parents);
    },
    dispose: () => model.dispose(),
  };
}
