import { useCallback } from 'react';
import { GenerationSettingsPanel } from '../../components/generation/settings-panel.tsx';
import { RunControls } from '../../components/run-controls.tsx';
import { useJobActions } from '../../lib/app-context.tsx';
import { useChosenModel } from '../../lib/use-chosen-model.ts';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import { effectiveLanguages, languageOptions, modelPrefix, paneJob, paneStyle } from './pane-model.ts';
import { PaneInputsPanel } from './pane-inputs.tsx';
import { PaneOutput } from './pane-output.tsx';
import { PANES, VIEW_ID, type PaneId } from './translation-inputs.ts';
import { translationState, useTranslation } from './translation-store.ts';
import { useModelFacts } from './use-model-facts.ts';
import { useTranslationUrl } from './use-translation-url.ts';

const slotOf = (pane: PaneId) => `translation/${pane}`;

/** What one pane shows and would run, from its inputs and its model's facts. */
function usePane(pane: PaneId) {
  const inputs = useTranslation((s) => s.panes[pane]);
  const { facts, pending } = useModelFacts(pane, inputs);
  const style = paneStyle(inputs.model.trim(), facts);
  const options = languageOptions(style, facts);
  const languages = effectiveLanguages(inputs, style, options);
  const ownPrefix = style === 'instruction' ? modelPrefix(facts, languages.src, languages.tgt) : '';
  const job = useSlotJob(slotOf(pane), 'translate');
  useChosenModel(`${VIEW_ID}/${pane}`, {
    label: `Translation (model ${pane.toUpperCase()})`,
    model: inputs.model,
    location: inputs.location,
    kind: 'seq2seq',
  });
  const task =
    style === 'instruction' &&
    facts?.taskParams.some((p) => p.key === `translation_${languages.src}_to_${languages.tgt}`)
      ? `translation_${languages.src}_to_${languages.tgt}`
      : 'translation';
  const code = {
    task,
    prefix: inputs.prefix ?? ownPrefix,
    languages: style === 'multilingual' && languages.tgt ? { src: languages.src, tgt: languages.tgt } : null,
  };
  return { inputs, facts, pending, style, options, languages, ownPrefix, job, code };
}

/** Translation, two ways side by side on the same text: e.g. a pair model against T5 told what to do. */
export function TranslationView() {
  useTranslationUrl();
  const actions = useJobActions();
  const text = useTranslation((s) => s.text);
  const setText = useTranslation((s) => s.setText);
  const generation = useTranslation((s) => s.generation);
  const setGeneration = useTranslation((s) => s.setGeneration);
  const resetGeneration = useTranslation((s) => s.resetGeneration);
  const chunking = useTranslation((s) => s.chunking);
  const setChunking = useTranslation((s) => s.setChunking);
  const panes = { a: usePane('a'), b: usePane('b') };

  const run = () => {
    const s = translationState();
    for (const pane of PANES) {
      const job = paneJob(s.text, s.panes[pane], panes[pane].languages, s.generation, s.chunking);
      actions.run(job, s.panes[pane].location, slotOf(pane));
    }
  };
  const cancel = useCallback((ids: string[]) => ids.forEach((id) => actions.cancel(id)), [actions]);

  return (
    <div className="space-y-6">
      <section aria-labelledby="translation-input-heading" className="space-y-3">
        <h2 id="translation-input-heading" className="text-lg font-semibold">
          Translation
        </h2>
        <div>
          <label htmlFor="translation-input" className="block text-sm font-medium">
            Text to translate (both models get the same)
          </label>
          <textarea
            id="translation-input"
            data-testid="translation-input"
            className="mt-1 block h-32 w-full resize-y rounded border border-slate-300 bg-white p-2 font-serif text-sm"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="The house is wonderful."
            dir="auto"
          />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            data-testid="setting-chunking"
            checked={chunking}
            onChange={(e) => setChunking(e.target.checked)}
          />
          Translate a long text in sentence chunks that fit each model
        </label>
        <RunControls
          label="Translate"
          runTestId="run-button"
          jobs={[panes.a.job, panes.b.job]}
          onRun={run}
          onCancel={cancel}
          hint={text.trim() === '' ? 'Type a text first' : undefined}
          {...(PANES.some((id) => panes[id].style === 'multilingual' && panes[id].pending)
            ? { waitingFor: 'Reading the model’s language codes…' }
            : {})}
        />
        <GenerationSettingsPanel
          settings={generation}
          inForce={panes.a.job?.params ?? panes.b.job?.params ?? null}
          onChange={setGeneration}
          onReset={resetGeneration}
        />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        {PANES.map((pane) => {
          const p = panes[pane];
          return (
            <section
              key={pane}
              aria-label={`Model ${pane.toUpperCase()}`}
              data-testid={`translation-pane-${pane}`}
              className="min-w-0 space-y-4 rounded border border-slate-200 bg-slate-50 p-3"
            >
              <PaneInputsPanel
                pane={pane}
                inputs={p.inputs}
                style={p.style}
                facts={p.facts}
                options={p.options}
                languages={p.languages}
                modelPrefix={p.ownPrefix}
              />
              <PaneOutput pane={pane} job={p.job} code={p.code} />
            </section>
          );
        })}
      </div>
    </div>
  );
}
