import { useId, useState } from 'react';
import type { BeamStep, BeamView as Beam } from '../../shared/protocol/index.ts';

interface BeamListProps {
  title: string;
  beams: Beam[];
  testId: string;
  /** What an empty list means at this step. */
  empty: string;
}

function BeamList({ title, beams, testId, empty }: BeamListProps) {
  return (
    <div>
      <h4 className="text-xs font-semibold">{title}</h4>
      {beams.length === 0 ? (
        <p className="text-xs text-slate-500">{empty}</p>
      ) : (
        <ol className="space-y-1 text-xs" data-testid={testId}>
          {beams.map((b, i) => (
            <li key={i} className="grid grid-cols-[auto_1fr_auto] gap-2 rounded bg-slate-50 px-2 py-1">
              <span className="font-semibold">#{i + 1}</span>
              <span dir="auto" className="font-serif">
                {b.text || <span className="text-slate-500">(empty)</span>}
              </span>
              <span className="tabular-nums text-slate-700">{b.score.toFixed(3)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Beam search step by step: the live beams and finished hypotheses at the chosen step. */
export function BeamView({ steps, following }: { steps: BeamStep[]; following: boolean }) {
  const id = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const last = steps.length - 1;
  // While generating, follow the newest step unless the person picked one.
  const index = picked === null || (following && picked > last) ? last : Math.min(picked, last);
  const current = steps[index];
  if (!current) return <p className="text-xs text-slate-500">Waiting for the first step…</p>;
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-step`} className="flex items-center gap-2 text-xs font-semibold">
        Step {current.step} of {steps.at(-1)?.step}
        <input
          id={`${id}-step`}
          type="range"
          min={0}
          max={last}
          value={index}
          onChange={(e) => setPicked(Number(e.target.value))}
          className="flex-1"
          data-testid="beam-step-slider"
        />
      </label>
      <div data-testid="beam-step" data-value={JSON.stringify(current)} className="grid gap-2 md:grid-cols-2">
        {/* The engine lists no live beam at the step that reaches max_length: all finished there. */}
        <BeamList
          title="Live beams (sum of log-probabilities)"
          beams={current.beams}
          testId="live-beams"
          empty="none left: every candidate reached the length limit"
        />
        <BeamList
          title="Finished (score with length penalty)"
          beams={current.finished}
          testId="finished-beams"
          empty="none yet"
        />
      </div>
    </div>
  );
}
