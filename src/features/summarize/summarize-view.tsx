import { DownloadProgress } from '../../components/download-progress.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import { useAppStore } from '../../app/app-context.tsx';
import { ArticleInput } from './article-input.tsx';
import { ExtractiveOutput } from './extractive-output.tsx';
import { GenerationSettingsPanel } from './generation-settings-panel.tsx';
import { MethodPicker } from './method-picker.tsx';
import { ModelPicker } from './model-picker.tsx';
import { AbstractivePipeline } from './pipeline/abstractive-pipeline.tsx';
import { PromptOptions } from './prompt-options.tsx';
import { RunControls } from './run-controls.tsx';
import { SummaryOutput } from './summary-output.tsx';
import { useSummarizeJob } from './use-summarize-job.ts';
import { useSummarizeUrl } from './use-summarize-url.ts';

const NO_MODEL_CODES = new Set(['offline', 'network', 'model-not-found', 'file-not-found']);

export function SummarizeView() {
  useSummarizeUrl();
  const job = useSummarizeJob();
  const method = useAppStore((s) => s.summarize.method);
  const article = useAppStore((s) => s.summarize.article);
  const setMethod = useAppStore((s) => s.setMethod);
  const extract = job?.result?.kind === 'extract' ? job.result : null;
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
          </>
        )}
        <RunControls job={job} />
        {method === 'abstractive' && <GenerationSettingsPanel />}
      </section>
      <section aria-labelledby="summarize-output-heading" className="space-y-4">
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
                onClick={() => setMethod('textrank')}
              >
                Use an extractive summary instead (no download, works offline)
              </button>
            )}
          </JobError>
        )}
        {job && <JobNotices notices={job.notices} />}
        {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
        {extract ? <ExtractiveOutput article={article} result={extract} /> : <SummaryOutput job={job} />}
        {job?.kind === 'summarize' && <AbstractivePipeline job={job} />}
      </section>
    </div>
  );
}
