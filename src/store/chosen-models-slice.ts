import type { StateCreator } from 'zustand';
import type { Dtype, ModelKind } from '../shared/protocol/index.ts';

/** The model a view works with, as Models & offline offers it for offline use. */
export interface ChosenModel {
  /** The view's name, for people ("Summarize", "Translation (pane b)"). */
  label: string;
  model: string;
  location: 'hub' | 'local';
  kind: ModelKind;
  /** The dtype the view runs this model with, where its catalog entry fixes one. */
  dtype?: Dtype;
}

/**
 * Each view's current model, by view id. Views report theirs as it changes; the map is
 * remembered across visits (main.tsx), so a direct load of `#/models` offers the same models.
 */
export interface ChosenModelsSlice {
  chosenModels: Record<string, ChosenModel>;
  chooseModel(viewId: string, choice: ChosenModel | null): void;
}

export function createChosenModelsSlice(
  initial: Record<string, ChosenModel>,
): StateCreator<ChosenModelsSlice> {
  return (set) => ({
    chosenModels: initial,
    chooseModel: (viewId, choice) =>
      set((s) => {
        const current = s.chosenModels[viewId];
        if (choice === null) {
          if (!current) return s;
          const { [viewId]: _gone, ...rest } = s.chosenModels;
          return { chosenModels: rest };
        }
        const same =
          current?.model === choice.model &&
          current.location === choice.location &&
          current.kind === choice.kind &&
          current.label === choice.label;
        return same ? s : { chosenModels: { ...s.chosenModels, [viewId]: choice } };
      }),
  });
}
