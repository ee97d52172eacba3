import { useEffect } from 'react';
import type { ChosenModel } from '../store/chosen-models-slice.ts';
import { useAppStore } from './app-context.tsx';

/** Reports a view's current model, for Models & offline (and the next visit); null: none. */
export function useChosenModel(viewId: string, choice: ChosenModel | null): void {
  const chooseModel = useAppStore((s) => s.chooseModel);
  const { label, model, location, kind, dtype } = choice ?? {
    label: '',
    model: '',
    location: 'hub',
    kind: 'seq2seq',
  };
  const present = choice !== null && model.trim() !== '';
  useEffect(() => {
    const fixed = dtype ? { dtype } : {};
    chooseModel(viewId, present ? { label, model: model.trim(), location, kind, ...fixed } : null);
  }, [chooseModel, viewId, present, label, model, location, kind, dtype]);
}
