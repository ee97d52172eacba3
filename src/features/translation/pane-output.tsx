import { CodeTabs } from '../../components/code-tabs.tsx';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { Seq2SeqPipeline } from '../../components/generation/seq2seq-pipeline.tsx';
import { StreamedOutput } from '../../components/generation/streamed-output.tsx';
import { JobError } from '../../components/job-error.tsx';
import { JobNotices } from '../../components/job-notices.tsx';
import { useAppStore } from '../../lib/app-context.tsx';
import { TRANSLATION_MODELS } from '../../shared/model-catalog.ts';
import {
  javascriptTranslationSnippet,
  pythonTranslationSnippet,
} from '../../shared/translation/code-snippets.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import type { PaneId } from './translation-inputs.ts';
import { useTranslation } from './translation-store.ts';

interface Props {
  pane: PaneId;
  job: JobOfKind<'translate'> | null;
  /** What the pane would run now: for the code, which shows the exact settings. */
  code: { task: string; prefix: string; languages: { src: string | null; tgt: string } | null };
}

/** One pane's translation as tokens, its glass-box pipeline and its code. */
export function PaneOutput({ pane, job, code }: Props) {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const text = useTranslation((s) => s.text);
  const generation = useTranslation((s) => s.generation);
  const model = useTranslation((s) => s.panes[pane].model);
  const result = job?.result ?? null;
  const pythonId = TRANSLATION_MODELS.find((m) => m.id === model)?.pythonId;
  const snippet = { model, ...(pythonId ? { pythonId } : {}), host: hubUrl, generation, text, ...code };
  return (
    <div className="space-y-3">
      {job?.error && <JobError error={job.error} />}
      {job && <JobNotices notices={job.notices} />}
      {job?.download && job.stage === 'loading' && <DownloadProgress download={job.download} />}
      <StreamedOutput
        job={job}
        result={result}
        testId={`translation-output-${pane}`}
        withPrompt
        timingsTestId={`translation-timings-${pane}`}
        chunksLabel="Chunk translations"
        placeholder="The translation appears here."
      />
      {result?.languages && (
        <p className="text-xs text-slate-600" data-testid={`translation-languages-${pane}`}>
          {result.languages.src
            ? `${result.languages.src.code} (id ${result.languages.src.id}) first in the input; `
            : ''}
          {result.languages.tgt.code} (id {result.languages.tgt.id}) forced as the first generated token
          (forced_bos_token_id).
        </p>
      )}
      {job && <Seq2SeqPipeline job={job} result={result} />}
      <details className="rounded border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium">Copy as code</summary>
        <div className="mt-2">
          <CodeTabs
            python={pythonTranslationSnippet(snippet)}
            javascript={javascriptTranslationSnippet(snippet)}
          />
        </div>
      </details>
    </div>
  );
}
