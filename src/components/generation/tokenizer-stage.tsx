import type { InputLimit } from '../../shared/input-limit.ts';
import type { JobState } from '../../store/apply-worker-event.ts';
import { StageCard, type StageState } from './stage-card.tsx';

const SHOWN = 48;

/** Where the limit comes from, and what the tokenizer alone would have allowed. */
function limitSource(limit: InputLimit): string {
  if (limit.source === 'default') return 'neither tokenizer nor config declares one';
  if (limit.source === 'model_max_length') return 'the tokenizer’s model_max_length';
  const tokenizerSays =
    limit.modelMaxLength === null ? '' : `; the tokenizer’s model_max_length says ${limit.modelMaxLength}`;
  return `the config’s ${limit.source}${tokenizerSays}`;
}

interface Props {
  job: JobState;
  state: StageState;
  ms: number | null;
  /** The stage's number in its pipeline (2 in a seq2seq one). */
  index?: number;
}

export function TokenizerStage({ job, state, ms, index = 2 }: Props) {
  const t = job.tokenized;
  return (
    <StageCard index={index} title="Tokenizer" state={state} ms={ms} testId="stage-tokenizer">
      {t && (
        <div className="space-y-2">
          <p>
            <code>input_ids</code> and <code>attention_mask</code>: int64 [1, {t.ids.length}]
            <span className="text-slate-600" data-testid="input-limit" data-value={JSON.stringify(t.limit)}>
              {' '}
              · limit {t.limit.tokens} tokens ({limitSource(t.limit)})
            </span>
          </p>
          {t.truncated > 0 && (
            <p
              role="note"
              data-testid="truncation-warning"
              className="rounded bg-amber-50 p-2 text-amber-900"
            >
              <span aria-hidden="true">⚠ </span>
              {t.truncated} tokens of the article were cut to fit the model (the final special token is kept).
              Turn on “Summarize long articles in chunks” to use all of it.
            </p>
          )}
          <ol className="flex flex-wrap gap-1 font-mono text-xs" aria-label="First tokens">
            {t.tokens.slice(0, SHOWN).map((token, i) => (
              <li key={i} className="rounded bg-slate-100 px-1" title={`id ${t.ids[i]}`}>
                {token}
                <sub className="ml-0.5 text-slate-500">{t.ids[i]}</sub>
              </li>
            ))}
            {t.tokens.length > SHOWN && <li className="text-slate-600">… {t.tokens.length - SHOWN} more</li>}
          </ol>
        </div>
      )}
    </StageCard>
  );
}
