import { DecodeStage } from '../../components/generation/decode-stage.tsx';
import { DecodingStage } from '../../components/generation/decoding-stage.tsx';
import type { StageState } from '../../components/generation/stage-card.tsx';
import { TokenizerStage } from '../../components/generation/tokenizer-stage.tsx';
import type { ResolvedSettings } from '../../shared/generation-settings.ts';
import type { GenerateResult } from '../../shared/protocol/index.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';
import { ConstructionStage } from './construction-stage.tsx';
import { EstimateStage } from './estimate-stage.tsx';
import { SamplingInspector } from './sampling-inspector.tsx';

function StopReason({ result, params }: { result: GenerateResult; params: ResolvedSettings | null }) {
  const n = result.tokenIds.length;
  return (
    <p
      className="mt-2 text-xs"
      data-testid="generate-stop-reason"
      data-value={JSON.stringify(result.stopReason)}
    >
      <strong>Stopped:</strong>{' '}
      {result.stopReason === 'eos'
        ? `the model wrote its end-of-sequence token after ${n} new token${n === 1 ? '' : 's'}.`
        : `max_new_tokens reached (${params?.max_new_tokens ?? n} new tokens).`}
      {result.contextLength !== null && ` The model’s context is ${result.contextLength} positions.`}
    </p>
  );
}

interface Props {
  job: JobOfKind<'generate'>;
  picked: number | null;
  onPick(step: number): void;
}

/**
 * A decoder-only generation, stage by stage: model & memory → prompt construction → tokenizer →
 * decoding → each step's logits stages → decode.
 */
export function GeneratePipeline({ job, picked, onPick }: Props) {
  const result = job.result;
  const running = job.status === 'running';
  const generating = running && job.stage === 'generating';
  const tokenizer: StageState = job.tokenized ? 'done' : running && job.prompt ? 'running' : 'waiting';
  const decoding: StageState = result ? 'done' : generating ? 'running' : 'waiting';
  // The streamed tokens carry the stages; the result's copies are the same steps.
  const tokens = job.tokens.some((t) => t.stages) ? job.tokens : (result?.tokens ?? job.tokens);
  return (
    <ol className="space-y-2" aria-label="Pipeline stages">
      <EstimateStage job={job} index={1} />
      <ConstructionStage job={job} index={2} />
      <TokenizerStage job={job} state={tokenizer} ms={result?.timings.tokenizeMs ?? null} index={3} />
      <DecodingStage job={job} state={decoding} ms={result?.timings.generateMs ?? null} index={4} />
      <SamplingInspector
        tokens={tokens}
        params={job.params}
        picked={picked}
        onPick={onPick}
        running={generating}
        index={5}
      />
      <DecodeStage result={result} index={6}>
        {result && <StopReason result={result} params={job.params} />}
      </DecodeStage>
    </ol>
  );
}
