import { DownloadProgress } from '../../components/download-progress.tsx';
import { GenerationSettingsPanel } from '../../components/generation/settings-panel.tsx';
import { Seq2SeqPipeline } from '../../components/generation/seq2seq-pipeline.tsx';
import { StreamedOutput } from '../../components/generation/streamed-output.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import { RunControls } from '../../components/run-controls.tsx';
import { useChosenModel } from '../../lib/use-chosen-model.ts';
import { useSlotJob, useSlotJobState } from '../../lib/use-slot-job.ts';
import { narrowJob } from '../../store/apply-worker-event.ts';
import { ArticleInput } from './article-input.tsx';
import { CompareOption } from './compare-option.tsx';
import { ExtractiveOutput } from './extractive-output.tsx';
import { MethodPicker } from './method-picker.tsx';
import { ModelPicker } from './model-picker.tsx';
import { PromptOptions } from './prompt-options.tsx';
import { SideBySide } from './side-by-side.tsx';
import { VIEW_ID } from './summarize-inputs.ts';
import { useSummarize } from './summarize-store.ts';
import { SLOTS, useSummarizeRun } from './use-summarize-run.ts';
import { useOfflineDefault } from './use-offline-default.ts';
import { useSummarizeUrl } from './use-summarize-url.ts';

const NO_MODEL_CODES = new Set(['offline', 'network', 'model-not-found', 'file-not-found']);

export function SummarizeView() {
  useSummarizeUrl();
  useOfflineDefault();
  const { run, cancel } = useSummarizeRun();
  const job = useSlotJobState(SLOTS.main);
  const beside = useSlotJob(SLOTS.beside, 'extract');
  const method = useSummarize((s) => s.method);
  const article = useSummarize((s) => s.article);
  const compareWith = useSummarize((s) => s.compareWith);
  const model = useSummarize((s) => s.model);
  const location = useSummarize((s) => s.location);
  const generation = useSummarize((s) => s.generation);
  const set = useSummarize((s) => s.set);
  const setGeneration = useSummarize((s) => s.setGeneration);
  useChosenModel(
    VIEW_ID,
    method === 'abstractive' ? { label: 'Summarize', model, location, kind: 'seq2seq' } : null,
  );
  const summary = narrowJob(job, 'summarize');
  const extract = narrowJob(job, 'extract')?.result ?? null;
  const sideBySide = method === 'abstractive' && compareWith !== null && beside !== null;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="summarize-input-heading" className="space-y-4">
        <h2 id="summarize-input-heading" className="text-lg font-semibold">
          Article
        </h2>
        <ArticleInput />
        <MethodPicker />
        {method === 'abstractive' && (
          <>
            <ModelPicker />
            <PromptOptions />
            <CompareOption />
          </>
        )}
        <RunControls
          label="Summarize"
          runTestId="summarize-button"
          jobs={[job, sideBySide ? beside : null]}
          onRun={run}
          onCancel={cancel}
          hint={article.trim() === '' ? 'Paste an article first' : undefined}
        />
        {method === 'abstractive' && (
          <GenerationSettingsPanel
            settings={generation}
            inForce={summary?.params ?? null}
            onChange={setGeneration}
            onReset={() => set({ generation: {} })}
          />
        )}
      </section>
      <section aria-labelledby="summarize-output-heading" className="min-w-0 space-y-4">
        <h2 id="summarize-output-heading" className="text-lg font-semibold">
          Summary
        </h2>
        {job?.error && (
          <JobError error={job.error}>
            {job.kind === 'summarize' && NO_MODEL_CODES.has(job.error.code) && (
              <button
                type="button"
                data-testid="use-extractive"
                className="mt-2 rounded border border-red-300 bg-white px-3 py-1 text-red-900"
                onClick={() => set({ method: 'textrank' })}
              >
                Use an extractive summary instead (no download, works offline)
              </button>
            )}
          </JobError>
        )}
        {job && <JobNotices notices={job.notices} />}
        {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
        {extract ? (
          <ExtractiveOutput article={article} result={extract} testId="summary-output" />
        ) : (
          <StreamedOutput
            job={summary}
            result={summary?.result ?? null}
            testId="summary-output"
            timingsTestId="summary-timings"
            chunksLabel="Chunk summaries"
            placeholder="The summary appears here."
          />
        )}
        {sideBySide && (
          <section aria-label="Extractive summary beside the model's" className="space-y-2">
            <h3 className="text-sm font-semibold">
              Beside it: {beside.result?.method === 'lead' ? 'Lead' : 'TextRank'} (extractive)
            </h3>
            {beside.error && <JobError error={beside.error} />}
            {beside.result && (
              <ExtractiveOutput article={article} result={beside.result} testId="beside-output" compact />
            )}
            <SideBySide article={article} summary={summary?.result?.text ?? null} extract={beside.result} />
          </section>
        )}
        {summary && <Seq2SeqPipeline job={summary} result={summary.result} />}
      </section>
    </div>
  );
}
