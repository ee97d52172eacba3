import type { StepModel } from './step-model.ts';

/** Wraps a model so each decoder step waits first: the `slow-steps` injected condition. */
export function withStepDelay(model: StepModel, delayMs: number): StepModel {
  const wait = () => new Promise<void>((resolve) => setTimeout(resolve, delayMs));
  return {
    get isEncoderDecoder() {
      return model.isEncoderDecoder;
    },
    get encoderInfo() {
      return model.encoderInfo ?? null;
    },
    start: async (input, prefix) => {
      await wait();
      return model.start(input, prefix);
    },
    step: async (tokens, parents) => {
      await wait();
      return model.step(tokens, parents);
    },
    dispose: () => model.dispose(),
  };
}
