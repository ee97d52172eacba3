/**
 * Cancellation between decoder steps. onnxruntime-web resolves a session run through promise
 * callbacks only, so a generation loop never returns to the worker's event loop and a `cancel`
 * message waits until the whole generation ends (measured: 2.6–3.4 s, which the client's
 * hard-reset timer cut short). Yielding one task before each step lets the message in; the job
 * then stops at once.
 */
import { withBeforeEachStep } from '../generation/before-each-step.ts';
import type { StepModel } from '../generation/step-model.ts';
import type { JobContext, RunMessage } from '../message-host.ts';

/** Resolves in a new task, after the tasks already queued (messages to the worker among them). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    // A message-channel task, not setTimeout(0): nested timers are clamped to 4 ms per step.
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
    port2.close();
  });
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Each step yields to pending messages, then stops if the job was cancelled; `delayMs` slows steps (a test fault). */
export function withCancelPoints(model: StepModel, ctx: JobContext, delayMs = 0): StepModel {
  return withBeforeEachStep(model, async () => {
    if (delayMs > 0) await wait(delayMs);
    await nextTask();
    ctx.throwIfCancelled();
  });
}

/** How long the `slow-steps` test fault waits before each decoder step, like a slow device. */
const SLOW_STEP_MS = 25;

/** A generation task's step model: cancel points, and the delay of the `slow-steps` fault when injected. */
export function taskStepModel(
  model: StepModel,
  ctx: JobContext & { readonly message: RunMessage },
): StepModel {
  const slow = ctx.message.options?.faults?.includes('slow-steps') === true;
  return withCancelPoints(model, ctx, slow ? SLOW_STEP_MS : 0);
}
