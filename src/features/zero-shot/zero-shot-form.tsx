import { useId } from 'react';
import { ModelSourcePicker } from '../../components/model-source-picker.tsx';
import { TestModelBadge } from '../../components/test-model-badge.tsx';
import { fillTemplate } from '../../shared/classification/hypothesis-template.ts';
import { ZERO_SHOT_MODELS } from '../../shared/model-catalog.ts';
import { LabelChips } from './label-chips.tsx';
import { labelChips } from './label-list.ts';
import { DEFAULT_TEMPLATE } from './zero-shot-inputs.ts';
import { forcedDtype, textCount } from './zero-shot-job.ts';
import { useZeroShot } from './zero-shot-store.ts';

const OPTIONS = ZERO_SHOT_MODELS.map((m) => ({ value: m.id, label: m.label }));
const FIELD = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm';

function ModelPicker() {
  const model = useZeroShot((s) => s.model);
  const location = useZeroShot((s) => s.location);
  const set = useZeroShot((s) => s.set);
  const known = ZERO_SHOT_MODELS.find((m) => m.id === model.trim());
  return (
    <ModelSourcePicker
      label="NLI model"
      inputId="zeroshot-model"
      model={model}
      location={location}
      options={OPTIONS}
      note={
        <>
          <TestModelBadge model={model} />
          {known?.note ?? 'Any sequence classifier trained on NLI (a label that starts with “entail”).'}
          {forcedDtype(model) === 'fp32' && (
            <strong data-testid="zeroshot-dtype-note" className="ml-1">
              Runs in fp32 whatever the dtype setting says.
            </strong>
          )}
        </>
      }
      onModel={(m) => set({ model: m })}
      onLocation={(l) => set({ location: l })}
    />
  );
}

/** The template filled with the first label as Python would, or what is wrong with it. */
function TemplatePreview({ template, label }: { template: string; label: string }) {
  const filled = fillTemplate(template, label);
  return filled.ok ? (
    <p className="mt-1 text-xs text-slate-600">
      Hypothesis for “{label}”: <q className="font-mono">{filled.hypothesis}</q>
    </p>
  ) : (
    <p className="mt-1 text-xs text-amber-900">
      <span aria-hidden="true">⚠ </span>
      {filled.message}
    </p>
  );
}

/** The view's inputs: model, text(s), labels, template, multi_label and batch mode. */
export function ZeroShotForm() {
  const text = useZeroShot((s) => s.text);
  const labels = useZeroShot((s) => s.labels);
  const template = useZeroShot((s) => s.template);
  const multiLabel = useZeroShot((s) => s.multiLabel);
  const batch = useZeroShot((s) => s.batch);
  const set = useZeroShot((s) => s.set);
  const textId = useId();
  const templateId = useId();
  const first = labelChips(labels)[0] ?? 'sports';
  const count = textCount(text, batch);
  return (
    <div className="space-y-3">
      <ModelPicker />
      <div>
        <label htmlFor={textId} className="block text-sm font-medium">
          {batch ? 'Texts to classify, one per line' : 'Text to classify'}
        </label>
        <textarea
          id={textId}
          data-testid="zeroshot-input"
          className={`${FIELD} h-28 resize-y p-2 font-serif`}
          value={text}
          onChange={(e) => set({ text: e.target.value })}
          placeholder="The football match ended late."
          dir="auto"
        />
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            data-testid="setting-batch"
            checked={batch}
            onChange={(e) => set({ batch: e.target.checked })}
          />
          One text per line (a batch)
        </label>
        <p className="text-xs text-slate-600" data-testid="zeroshot-text-count">
          {batch
            ? `${count} text${count === 1 ? '' : 's'}: each non-empty line is classified on its own; blank lines are skipped.`
            : 'The whole box is one text, line breaks and all. Tick the box above to classify each line on its own.'}
        </p>
      </div>
      <LabelChips />
      <div>
        <label htmlFor={templateId} className="block text-sm font-medium">
          Hypothesis template (hypothesis_template; {'{}'} is where the label goes)
        </label>
        <div className="flex gap-1">
          <input
            id={templateId}
            data-testid="zeroshot-template"
            className={`${FIELD} font-mono`}
            value={template}
            spellCheck={false}
            onChange={(e) => set({ template: e.target.value })}
          />
          {template !== DEFAULT_TEMPLATE && (
            <button
              type="button"
              className="mt-1 shrink-0 rounded border border-slate-300 px-2 text-xs"
              onClick={() => set({ template: DEFAULT_TEMPLATE })}
            >
              Default
            </button>
          )}
        </div>
        <TemplatePreview template={template} label={first} />
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          data-testid="setting-multi_label"
          checked={multiLabel}
          onChange={(e) => set({ multiLabel: e.target.checked })}
        />
        <span>
          multi_label: score each label on its own (several can be true; the scores need not sum to 1)
        </span>
      </label>
    </div>
  );
}
