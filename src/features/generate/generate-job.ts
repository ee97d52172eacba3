/** The job each pane sends: the same prompt, system message and settings, its own model. */
import type { GenerateJob } from '../../shared/protocol/index.ts';
import type { GenerateInputs, Location, PaneId } from './generate-inputs.ts';
import { paneBModel } from './generation-models.ts';

/** The model and source a pane runs. */
export function paneModel(inputs: GenerateInputs, pane: PaneId): { model: string; location: Location } {
  return pane === 'a'
    ? { model: inputs.model.trim(), location: inputs.location }
    : { model: paneBModel(inputs.model.trim(), inputs.modelB).trim(), location: inputs.locationB };
}

export function generateJob(inputs: GenerateInputs, pane: PaneId): GenerateJob {
  return {
    kind: 'generate',
    model: paneModel(inputs, pane).model,
    // As typed: the prompt the tokenizer sees is exactly this (or the template around it).
    text: inputs.text,
    ...(inputs.system !== '' ? { system: inputs.system } : {}),
    chat: inputs.chat ? 'auto' : 'off',
    generation: inputs.generation,
  };
}

/** The panes a run starts. */
export function panesToRun(inputs: GenerateInputs): PaneId[] {
  return inputs.compare ? ['a', 'b'] : ['a'];
}
