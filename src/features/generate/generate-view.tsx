import { useCallback } from 'react';
import { GenerationSettingsPanel } from '../../components/generation/settings-panel.tsx';
import { RunControls } from '../../components/run-controls.tsx';
import { useAppStore, useJobActions } from '../../lib/app-context.tsx';
import { useChosenModel } from '../../lib/use-chosen-model.ts';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import { GENERATE_SETTINGS, PANES, VIEW_ID, type PaneId } from './generate-inputs.ts';
import { generateJob, paneModel, panesToRun } from './generate-job.ts';
import { generateState, useGenerate, type RunRecord } from './generate-store.ts';
import { dtypeFor, paneBModel } from './generation-models.ts';
import { ModelPickers } from './model-pickers.tsx';
import { PaneOutput } from './pane-output.tsx';
import { PromptForm } from './prompt-form.tsx';
import { SettingAdvice } from './setting-advice.tsx';
import { useGenerateUrl } from './use-generate-url.ts';
import { settingProblems } from './validation.ts';

const slotOf = (pane: PaneId) => `${VIEW_ID}/${pane}`;

/** Text generation with a decoder-only model; with compare on, a second model beside it. */
export function GenerateView() {
  useGenerateUrl();
  const actions = useJobActions();
  const pageDtype = useAppStore((s) => s.dtype);
  const jobs = { a: useSlotJob(slotOf('a'), 'generate'), b: useSlotJob(slotOf('b'), 'generate') };
  const model = useGenerate((s) => s.model.trim());
  const location = useGenerate((s) => s.location);
  const modelB = useGenerate((s) => paneBModel(s.model.trim(), s.modelB).trim());
  const locationB = useGenerate((s) => s.locationB);
  const compare = useGenerate((s) => s.compare);
  const text = useGenerate((s) => s.text);
  const generation = useGenerate((s) => s.generation);
  const setGeneration = useGenerate((s) => s.setGeneration);
  const resetGeneration = useGenerate((s) => s.resetGeneration);
  const ran = useGenerate((s) => s.ran);
  // Models & offline downloads what the view will run: the catalog's dtype where it fixes one.
  const dtypeA = dtypeFor(model, pageDtype);
  const dtypeB = dtypeFor(modelB, pageDtype);
  useChosenModel(`${VIEW_ID}/a`, {
    label: 'Generate',
    model,
    location,
    kind: 'causal',
    ...(dtypeA ? { dtype: dtypeA } : {}),
  });
  useChosenModel(
    `${VIEW_ID}/b`,
    compare
      ? {
          label: 'Generate (model B)',
          model: modelB,
          location: locationB,
          kind: 'causal',
          ...(dtypeB ? { dtype: dtypeB } : {}),
        }
      : null,
  );
  const models = { a: model, b: modelB };
  const ranModel = (pane: PaneId) => {
    const record = ran[pane];
    return record !== undefined && record.jobId === jobs[pane]?.id && record.model === models[pane];
  };
  // What the last run of model A told of it: its context and its own do_sample.
  const known = ranModel('a')
    ? { contextLength: jobs.a?.result?.contextLength ?? null, doSample: jobs.a?.params?.do_sample ?? null }
    : { contextLength: null, doSample: null };

  const run = () => {
    const s = generateState();
    const record: RunRecord = {};
    for (const pane of panesToRun(s)) {
      const target = paneModel(s, pane);
      const dtype = dtypeFor(target.model, pageDtype);
      const jobId = actions.run(
        generateJob(s, pane),
        target.location,
        slotOf(pane),
        dtype ? { dtype } : undefined,
      );
      record[pane] = { jobId, model: target.model };
    }
    s.setRan(record);
  };
  const cancel = useCallback((ids: string[]) => ids.forEach((id) => actions.cancel(id)), [actions]);
  // Pane b's job counts while it runs, even after compare was switched off, so it can be cancelled.
  const paneBShown = compare || jobs.b?.status === 'running';
  const shown = PANES.filter((pane) => pane === 'a' || paneBShown);

  return (
    <div className="space-y-6">
      <section aria-labelledby="generate-heading" className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-4">
          <h2 id="generate-heading" className="text-lg font-semibold">
            Text generation
          </h2>
          <p className="text-sm text-slate-700">
            A decoder-only model continues the prompt one token at a time, with its KV cache. Pick any step to
            see how its next-token distribution changed at each stage before a token was chosen.
          </p>
          <ModelPickers />
          <PromptForm />
          <RunControls
            label="Generate"
            runTestId="run-button"
            jobs={[jobs.a, paneBShown ? jobs.b : null]}
            onRun={run}
            onCancel={cancel}
            hint={text.trim() === '' ? 'Type a prompt first' : undefined}
          />
          <SettingAdvice problems={settingProblems(generation, known)} />
        </div>
        <div className="min-w-0">
          <GenerationSettingsPanel
            settings={generation}
            inForce={jobs.a?.params ?? jobs.b?.params ?? null}
            onChange={setGeneration}
            onReset={resetGeneration}
            only={GENERATE_SETTINGS}
          />
        </div>
      </section>
      <div className={shown.length > 1 ? 'grid gap-6 lg:grid-cols-2' : ''}>
        {shown.map((pane) => (
          <section
            key={pane}
            aria-labelledby={`generate-pane-${pane}-heading`}
            data-testid={`generate-pane-${pane}`}
            className="min-w-0 space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
          >
            <h3 id={`generate-pane-${pane}-heading`} className="text-sm font-semibold">
              {shown.length > 1 ? `Model ${pane.toUpperCase()}: ` : ''}
              <code className="break-all">{models[pane] || '(no model)'}</code>
            </h3>
            <PaneOutput pane={pane} job={jobs[pane]} model={models[pane]} ranModel={ranModel(pane)} />
          </section>
        ))}
      </div>
    </div>
  );
}
