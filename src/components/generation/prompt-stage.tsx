import type { JobState } from '../../store/apply-worker-event.ts';
import { StageCard } from './stage-card.tsx';

const PREVIEW = 160;

export function PromptStage({ job }: { job: JobState }) {
  const prompt = job.prompt;
  return (
    <StageCard
      index={1}
      title="Prompt construction"
      state={prompt ? 'done' : 'running'}
      testId="stage-prompt"
    >
      {prompt && (
        <p className="font-mono text-xs break-words" dir="auto">
          {prompt.prefix ? (
            <mark className="rounded bg-amber-100 px-0.5" title="The model's task prefix">
              {prompt.prefix}
            </mark>
          ) : (
            <span className="text-slate-500">(no prefix) </span>
          )}
          {prompt.prompt.slice(prompt.prefix.length, prompt.prefix.length + PREVIEW)}
          {prompt.prompt.length - prompt.prefix.length > PREVIEW ? '…' : ''}
        </p>
      )}
    </StageCard>
  );
}
