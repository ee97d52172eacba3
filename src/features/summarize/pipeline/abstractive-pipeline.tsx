import type { JobState } from '../../../store/apply-worker-event.ts';
import { DecodeStage } from './decode-stage.tsx';
import { DecodingStage } from './decoding-stage.tsx';
import { EncoderStage } from './encoder-stage.tsx';
import { PromptStage } from './prompt-stage.tsx';
import type { StageState } from './stage-card.tsx';
import { TokenizerStage } from './tokenizer-stage.tsx';

/** The abstractive pipeline, stage by stage, as the worker reports it. */
export function AbstractivePipeline({ job }: { job: JobState }) {
  if (!job.prompt) return null; // still loading the model
  const result = job.result?.kind === 'summarize' ? job.result : null;
  const generating = job.stage === 'generating';
  const tokenizer: StageState = job.tokenized ? 'done' : 'running';
  const encoder: StageState = job.encoded ? 'done' : generating ? 'running' : 'waiting';
  const decoding: StageState = result ? 'done' : generating && job.encoded ? 'running' : 'waiting';
  return (
    <ol className="space-y-2" aria-label="Pipeline stages">
      <PromptStage job={job} />
      <TokenizerStage job={job} state={tokenizer} ms={result?.timings.tokenizeMs ?? null} />
      <EncoderStage job={job} state={encoder} />
      <DecodingStage job={job} state={decoding} ms={result?.timings.generateMs ?? null} />
      <DecodeStage result={result} />
    </ol>
  );
}
