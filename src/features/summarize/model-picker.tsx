import { useAppStore } from '../../lib/app-context.tsx';
import { useSummarize } from './summarize-store.ts';
import { ModelSourcePicker } from '../../components/model-source-picker.tsx';
import { TestModelBadge } from '../../components/test-model-badge.tsx';
import { SUMMARIZATION_MODELS } from '../../shared/model-catalog.ts';

const OPTIONS = SUMMARIZATION_MODELS.map((m) => ({ value: m.id, label: m.label }));

/** A Hub id (typed or suggested) or a model from the app's local folder. */
export function ModelPicker() {
  const model = useSummarize((s) => s.model);
  const location = useSummarize((s) => s.location);
  const set = useSummarize((s) => s.set);
  const hubUrl = useAppStore((s) => s.hubUrl);
  const known = SUMMARIZATION_MODELS.find((m) => m.id === model);
  const note = (
    <>
      <TestModelBadge model={model} />
      {known?.note ??
        (location === 'local'
          ? 'Loaded from the app folder public/models/.'
          : `Any model id on ${hubUrl} with ONNX weights.`)}
    </>
  );
  return (
    <ModelSourcePicker
      label="Model"
      inputId="model-input"
      locationTestId="model-location"
      model={model}
      location={location}
      options={OPTIONS}
      note={note}
      onModel={(m) => set({ model: m })}
      onLocation={(l) => set({ location: l })}
    />
  );
}
