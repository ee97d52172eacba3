import { useCallback, useState } from 'react';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { StreamedOutput } from '../../components/generation/streamed-output.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { GenerateCode } from './generate-code.tsx';
import type { PaneId } from './generate-inputs.ts';
import { GeneratePipeline } from './generate-pipeline.tsx';

interface Props {
  pane: PaneId;
  job: JobOfKind<'generate'> | null;
  /** The model the pane would run now. */
  model: string;
  /** Whether the pane's job ran that model (its prompt construction then tells the code how to write it). */
  ranModel: boolean;
}

/** One pane: the streamed continuation, its glass-box pipeline and its code. */
export function PaneOutput({ pane, job, model, ranModel }: Props) {
  const [pick, setPick] = useState<{ jobId: string; step: number } | null>(null);
  const jobId = job?.id ?? null;
  // A new run follows its newest step again.
  const picked = pick !== null && pick.jobId === jobId ? pick.step : null;
  const onPick = useCallback(
    (step: number) => {
      if (jobId !== null) setPick({ jobId, step });
    },
    [jobId],
  );
  const result = job?.result ?? null;
  const construction = ranModel ? (result?.construction ?? job?.prompt?.construction ?? null) : null;
  return (
    <div className="space-y-3">
      {job?.error && <JobError error={job.error} />}
      {job && <JobNotices notices={job.notices} />}
      {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
      <StreamedOutput
        job={job}
        result={result}
        testId={pane === 'a' ? 'generate-output' : 'generate-output-b'}
        withPrompt
        timingsTestId={`generate-timings-${pane}`}
        chunksLabel="Parts"
        placeholder="The new tokens appear here."
        onPickToken={onPick}
        pickedStep={picked}
      />
      {job && <GeneratePipeline job={job} picked={picked} onPick={onPick} />}
      <GenerateCode model={model} construction={construction} />
    </div>
  );
}
