import { useEffect } from 'react';
import { useJobActions } from '../../lib/app-context.tsx';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import { isValidModelId } from '../../shared/model-catalog.ts';
import type { PaneId, PaneInputs } from './translation-inputs.ts';

/** Typing a model id pauses this long before its facts are asked for. */
const DEBOUNCE_MS = 400;

/** The pane's model facts (languages, trained pairs), asked for again when the model changes; `pending` until they arrive. */
export function useModelFacts(pane: PaneId, inputs: PaneInputs) {
  const actions = useJobActions();
  const slot = `translation/facts-${pane}`;
  const job = useSlotJob(slot, 'model-facts');
  const model = inputs.model.trim();
  const { location } = inputs;
  useEffect(() => {
    if (!isValidModelId(model)) return;
    const timer = setTimeout(() => actions.run({ kind: 'model-facts', model }, location, slot), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [actions, model, location, slot]);
  const facts = job?.result ?? null;
  const current = facts && facts.model === model ? facts : null;
  // Asked for but not answered yet (a failed look-up is not pending: the run will say what is wrong).
  const pending = current === null && isValidModelId(model) && job?.status !== 'error';
  return { facts: current, pending };
}
