import type { JobState } from '../../store/apply-worker-event.ts';
import { StageCard, type StageState } from './stage-card.tsx';

export function EncoderStage({ job, state }: { job: JobState; state: StageState }) {
  const e = job.encoded;
  return (
    <StageCard index={3} title="Encoder" state={state} ms={e?.ms ?? null} testId="stage-encoder">
      {e && (
        <p data-testid="encoder-shape" data-value={JSON.stringify(e.shape)}>
          <code>last_hidden_state</code>: float32 [{e.shape.join(', ')}] — one vector of {e.shape.at(-1)}{' '}
          numbers per input token, computed once and read by every decoding step.
        </p>
      )}
    </StageCard>
  );
}
