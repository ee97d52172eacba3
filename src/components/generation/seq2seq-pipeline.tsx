import type { GenerationOutput } from '../../shared/protocol/index.ts';
import type { JobState } from '../../store/apply-worker-event.ts';
import { DecodeStage } from './decode-stage.tsx';
import { DecodingStage } from './decoding-stage.tsx';
import { EncoderStage } from './encoder-stage.tsx';
import { PromptStage } from './prompt-stage.tsx';
import type { StageState } from './stage-card.tsx';
import { TokenizerStage } from './tokenizer-stage.tsx';

/**
 * A seq2seq pipeline, stage by stage, as the worker reports it: prompt construction, tokenizer,
 * encoder, decoding (token by token or beam search), decode. `result` is the finished output.
 */
export function Seq2SeqPipeline({ job, result }: { job: JobState; result: GenerationOutput | null }) {
  if (!job.prompt) return null; // still loading the model
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
