import type { JobState } from '../../store/apply-worker-event.ts';
import { BeamView } from './beam-view.tsx';
import { StageCard, type StageState } from './stage-card.tsx';
import { TokenTable } from './token-table.tsx';

interface Props {
  job: JobState;
  state: StageState;
  ms: number | null;
  /** The stage's number in its pipeline (4 in a seq2seq one, after the encoder). */
  index?: number;
}

export function DecodingStage({ job, state, ms, index = 4 }: Props) {
  const beams = job.beamSteps.length > 0;
  const title = beams ? 'Decoding: beam search' : 'Decoding: token by token';
  return (
    <StageCard index={index} title={title} state={state} ms={ms} testId="stage-decoding">
      {job.chunk && (
        <p className="mb-2 text-xs" data-testid="chunk-progress">
          {job.chunk.final
            ? `Summarizing the ${job.chunk.count} chunk summaries…`
            : `Chunk ${job.chunk.index + 1} of ${job.chunk.count}`}
          <progress
            className="ml-2 h-1.5 w-32 align-middle"
            max={job.chunk.count + 1}
            value={job.chunk.index}
          />
        </p>
      )}
      {beams ? (
        <BeamView steps={job.beamSteps} following={job.status === 'running'} />
      ) : (
        job.tokens.length > 0 && <TokenTable tokens={job.tokens} />
      )}
    </StageCard>
  );
}
