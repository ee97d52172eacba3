import { ModelSourcePicker } from '../../components/model-source-picker.tsx';
import { TestModelBadge } from '../../components/test-model-badge.tsx';
import { GENERATION_MODELS } from '../../shared/model-catalog.ts';
import { useGenerate } from './generate-store.ts';
import { catalogModel, counterpartOf, paneBModel } from './generation-models.ts';

const OPTIONS = GENERATION_MODELS.map((m) => ({ value: m.id, label: m.label }));

function ModelNote({ model }: { model: string }) {
  const known = catalogModel(model);
  return (
    <>
      <TestModelBadge model={model} />
      {known ? (
        <>
          <strong>{known.flavour === 'instruct' ? 'Instruction-tuned.' : 'Base model.'}</strong> {known.note}
        </>
      ) : (
        'Any decoder-only model (…ForCausalLM, …LMHeadModel) with transformers.js ONNX files.'
      )}
    </>
  );
}

/** Pane b's note: where its model comes from, and the way back to the counterpart. */
function PaneBNote({
  model,
  chosen,
  counterpart,
}: {
  model: string;
  chosen: boolean;
  counterpart: string | null;
}) {
  const set = useGenerate((s) => s.set);
  return (
    <>
      {!chosen && counterpart && <span className="mr-1">Model A’s counterpart in the catalog.</span>}
      {!chosen && !counterpart && (
        <span className="mr-1">
          Model A has no base / instruction-tuned counterpart in the catalog: type a model id.
        </span>
      )}
      {chosen && counterpart && counterpart !== model && (
        <button
          type="button"
          className="mr-1 rounded border border-slate-300 px-1 text-xs"
          onClick={() => set({ modelB: null })}
        >
          Use model A’s counterpart ({counterpart})
        </button>
      )}
      <ModelNote model={model} />
    </>
  );
}

/** Model A, the compare switch, and model B beside it. */
export function ModelPickers() {
  const model = useGenerate((s) => s.model);
  const location = useGenerate((s) => s.location);
  const modelB = useGenerate((s) => s.modelB);
  const locationB = useGenerate((s) => s.locationB);
  const compare = useGenerate((s) => s.compare);
  const set = useGenerate((s) => s.set);
  const counterpart = counterpartOf(model);
  const b = paneBModel(model, modelB);
  return (
    <div className="space-y-3">
      <ModelSourcePicker
        label={compare ? 'Model A' : 'Model'}
        inputId="model-input"
        model={model}
        location={location}
        options={OPTIONS}
        note={<ModelNote model={model} />}
        onModel={(m) => set({ model: m })}
        onLocation={(l) => set({ location: l })}
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          data-testid="setting-compare"
          checked={compare}
          onChange={(e) => set({ compare: e.target.checked })}
        />
        <span>
          Compare side by side with a second model on the same prompt and settings (a base model against its
          instruction-tuned fine-tune, by default)
        </span>
      </label>
      {compare && (
        <ModelSourcePicker
          label="Model B"
          inputId="generate-model-b"
          model={b}
          location={locationB}
          options={OPTIONS}
          note={<PaneBNote model={b} chosen={modelB !== null} counterpart={counterpart} />}
          onModel={(m) => set({ modelB: m })}
          onLocation={(l) => set({ locationB: l })}
        />
      )}
    </div>
  );
}
