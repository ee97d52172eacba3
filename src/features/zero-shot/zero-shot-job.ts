/** The job the view sends, from its inputs: the worker parses and checks it, as Python's pipeline does. */
import { ZERO_SHOT_MODELS } from '../../shared/model-catalog.ts';
import type { ZeroShotJob } from '../../shared/protocol/index.ts';
import type { ZeroShotInputs } from './zero-shot-inputs.ts';

/**
 * The texts to classify: the whole box, or each line of it in batch mode. Blank lines are sent
 * too (the worker skips them with a note), so an item's `line` is its line in the box.
 */
export function textsOf(text: string, batch: boolean): string[] {
  return batch ? text.split(/\r?\n/) : [text];
}

/** How many texts a run would classify (the non-blank ones). */
export function textCount(text: string, batch: boolean): number {
  return textsOf(text, batch).filter((t) => t.trim() !== '').length;
}

export function zeroShotJob(inputs: ZeroShotInputs): ZeroShotJob {
  return {
    kind: 'zero-shot',
    model: inputs.model.trim(),
    texts: textsOf(inputs.text, inputs.batch),
    // The string as typed: the worker splits and strips it, as Python does with one string.
    labels: inputs.labels,
    template: inputs.template,
    multiLabel: inputs.multiLabel,
  };
}

/** The dtype a catalog model must run with (bart-large-mnli: fp32, see ClassifierModel.dtype). */
export function forcedDtype(model: string): 'fp32' | undefined {
  return ZERO_SHOT_MODELS.find((m) => m.id === model.trim())?.dtype;
}
