import { useId } from 'react';
import { useAppStore } from '../../app/app-context.tsx';
import { isTestModel, SUMMARIZATION_MODELS } from '../../shared/model-catalog.ts';
import type { ModelLocation } from '../../store/summarize-slice.ts';

/** A Hub id (typed or suggested) or a model from the app's local folder. */
export function ModelPicker() {
  const model = useAppStore((s) => s.summarize.model);
  const location = useAppStore((s) => s.summarize.location);
  const setModel = useAppStore((s) => s.setSummarizeModel);
  const hubUrl = useAppStore((s) => s.hubUrl);
  const id = useId();
  const known = SUMMARIZATION_MODELS.find((m) => m.id === model);
  return (
    <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
      <div>
        <label htmlFor="model-input" className="block text-sm font-medium">
          Model
        </label>
        <input
          id="model-input"
          data-testid="model-input"
          list={`${id}-models`}
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
          value={model}
          onChange={(e) => setModel(e.target.value, location)}
          spellCheck={false}
          aria-describedby={`${id}-note`}
        />
        <datalist id={`${id}-models`}>
          {SUMMARIZATION_MODELS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </datalist>
        <p id={`${id}-note`} className="mt-1 text-xs text-slate-600">
          {isTestModel(model) && (
            <strong className="mr-1 rounded bg-amber-100 px-1 text-amber-900">Test model</strong>
          )}
          {known?.note ??
            (location === 'local'
              ? 'Loaded from the app folder public/models/.'
              : `Any model id on ${hubUrl} with ONNX weights.`)}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-location`} className="block text-sm font-medium">
          Source
        </label>
        <select
          id={`${id}-location`}
          data-testid="model-location"
          className="mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          value={location}
          onChange={(e) =>
            setModel(model, e.target.value === 'local' ? 'local' : ('hub' satisfies ModelLocation))
          }
        >
          <option value="hub">Model host</option>
          <option value="local">Local folder</option>
        </select>
      </div>
    </div>
  );
}
