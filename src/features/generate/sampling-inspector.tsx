import { useId } from 'react';
import { StageCard, type StageState } from '../../components/generation/stage-card.tsx';
import type { ResolvedSettings } from '../../shared/generation-settings.ts';
import type { GeneratedToken } from '../../shared/protocol/index.ts';
import { chosenHow, fmtP, shownToken, stageTitle, stepValue, visibleToken } from './inspector.ts';
import { StageTable } from './stage-table.tsx';

interface Props {
  tokens: readonly GeneratedToken[];
  params: ResolvedSettings | null;
  /** The step picked (here or by clicking a token of the output); null = follow the newest. */
  picked: number | null;
  onPick(step: number): void;
  running: boolean;
  index: number;
}

/**
 * Sampling made visible: for one step, the next-token distribution after each logits stage
 * (raw → processors → temperature → top-k → top-p), what each removed, and how the token was chosen.
 */
export function SamplingInspector({ tokens, params, picked, onPick, running, index }: Props) {
  const id = useId();
  const token = shownToken(tokens, picked);
  const state: StageState = running ? 'running' : token ? 'done' : 'waiting';
  const traced = tokens.filter((t) => t.stages !== undefined && t.stages.length > 0);
  return (
    <StageCard
      index={index}
      title="Sampling inspector: each step, stage by stage"
      state={state}
      testId="stage-sampling"
    >
      {!token ? (
        <p className="text-xs text-slate-600">
          {running
            ? 'Waiting for the first step…'
            : 'No step was traced: beam search keeps several hypotheses at once, and the inspector follows one sequence (greedy or sampling).'}
        </p>
      ) : (
        <div
          className="space-y-2 text-xs"
          data-testid="generate-inspector"
          data-value={JSON.stringify(stepValue(token))}
        >
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={`${id}-step`} className="font-semibold">
              Step
            </label>
            <select
              id={`${id}-step`}
              data-testid="generate-step"
              className="rounded border border-slate-300 bg-white px-1 py-0.5 font-mono"
              value={token.step}
              onChange={(e) => onPick(Number(e.target.value))}
            >
              {traced.map((t) => (
                <option key={t.step} value={t.step}>
                  {t.step}: {visibleToken(t.text)} (#{t.id})
                </option>
              ))}
            </select>
            <span className="text-slate-600">
              {picked === null && running ? 'following the newest step; ' : ''}or click a token of the output
            </span>
          </div>
          <p>
            Chosen: <strong className="font-mono">{visibleToken(token.text)}</strong> (#{token.id}), p ={' '}
            {fmtP(token.probability)}. {chosenHow(token)}
          </p>
          <div className="grid gap-2 md:grid-cols-2">
            {(token.stages ?? []).map((s) => (
              <StageTable key={s.stage} view={s} title={stageTitle(s.stage, params)} chosenId={token.id} />
            ))}
          </div>
        </div>
      )}
    </StageCard>
  );
}
