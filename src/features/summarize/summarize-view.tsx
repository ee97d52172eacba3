import { JobError } from '../../components/job-error.tsx';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { ArticleInput } from './article-input.tsx';
import { GenerationSettingsPanel } from './generation-settings-panel.tsx';
import { ModelPicker } from './model-picker.tsx';
import { RunControls } from './run-controls.tsx';
import { SummaryOutput } from './summary-output.tsx';
import { TokenizedInput } from './tokenized-input.tsx';
import { useSummarizeJob } from './use-summarize-job.ts';

export function SummarizeView() {
  const job = useSummarizeJob();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="summarize-input-heading" className="space-y-4">
        <h2 id="summarize-input-heading" className="text-lg font-semibold">
          Article
        </h2>
        <ArticleInput />
        <ModelPicker />
        <RunControls job={job} />
        <GenerationSettingsPanel />
      </section>
      <section aria-labelledby="summarize-output-heading" className="space-y-4">
        <h2 id="summarize-output-heading" className="text-lg font-semibold">
          Summary
        </h2>
        {job?.error && <JobError error={job.error} />}
        {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
        {job?.tokenized && <TokenizedInput tokenized={job.tokenized} />}
        <SummaryOutput job={job} />
      </section>
    </div>
  );
}
