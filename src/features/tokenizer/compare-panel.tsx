import { useState } from 'react';
import { useAppStore } from '../../lib/app-context.tsx';
import { readablePiece, rowCounts } from '../../shared/tokenization/display.ts';
import { TOKENIZER_OPTIONS } from '../../shared/tokenizer-catalog.ts';
import { useLab } from './lab-store.ts';

const MAX_COMPARE = 3;
const CHIPS = 120;

function CompareResult({ model, jobId, text }: { model: string; jobId: string | undefined; text: string }) {
  const job = useAppStore((s) => (jobId ? s.worker.jobs[jobId] : undefined));
  const result = job?.result?.kind === 'tokenize' ? job.result : null;
  if (!job || job.status === 'running') return <p className="text-xs text-slate-600">Tokenizing…</p>;
  if (job.error) return <p className="text-xs text-red-800">{job.error.message}</p>;
  if (!result) return null;
  if (!result.outcome.ok) return <p className="text-xs text-red-800">{result.outcome.error.message}</p>;
  const row = result.outcome.batch.rows[0];
  if (!row) return null;
  const counts = rowCounts(row, [text]);
  return (
    <div
      data-testid="compare-result"
      data-model={model}
      data-value={JSON.stringify({ tokens: row.input_ids.length, textTokens: counts.textTokens })}
    >
      <p className="text-xs">
        {row.input_ids.length} tokens ({counts.textTokens} from the text) · {counts.charsPerToken ?? '–'}{' '}
        chars/token
      </p>
      <p className="mt-1 flex flex-wrap gap-0.5">
        {row.tokens.slice(0, CHIPS).map((t, i) => {
          const piece = readablePiece(t, row.kinds[i] ?? 'text', result.facts.pieces);
          return (
            <span
              key={i}
              title={`${piece.title} · id ${row.input_ids[i]}`}
              className={`rounded border px-0.5 font-mono text-[0.7rem] whitespace-pre ${piece.kind === 'special' ? 'border-sky-700 bg-sky-100' : 'border-slate-300'}`}
            >
              {piece.text}
            </span>
          );
        })}
        {row.tokens.length > CHIPS && <span className="text-xs text-slate-500">…</span>}
      </p>
    </div>
  );
}

/** The first text under 2–4 tokenizers side by side: counts and chips. */
export function ComparePanel() {
  const model = useLab((s) => s.model);
  const compare = useLab((s) => s.compare);
  const jobs = useLab((s) => s.compareJobs);
  const text = useLab((s) => s.texts[0] ?? '');
  const setLab = useLab((s) => s.setLab);
  const [draft, setDraft] = useState('');
  const candidates = TOKENIZER_OPTIONS.filter((o) => o.id !== model && !compare.includes(o.id));
  const add = (id: string) => {
    const trimmed = id.trim();
    if (trimmed === '' || trimmed === model || compare.includes(trimmed) || compare.length >= MAX_COMPARE)
      return;
    setLab({ compare: [...compare, trimmed] });
    setDraft('');
  };
  return (
    <div className="space-y-2">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          add(draft);
        }}
      >
        <label className="text-xs font-semibold">
          Compare with
          <input
            list="compare-options"
            data-testid="compare-model-input"
            className="mt-1 block w-64 rounded border border-slate-300 px-2 py-1 font-mono font-normal"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            disabled={compare.length >= MAX_COMPARE}
          />
        </label>
        <datalist id="compare-options">
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </datalist>
        <button
          type="submit"
          data-testid="compare-add"
          className="rounded border border-slate-400 px-2 py-1 text-xs"
          disabled={compare.length >= MAX_COMPARE}
        >
          Add
        </button>
        <span className="text-xs text-slate-600">Up to {MAX_COMPARE + 1} tokenizers, on sequence 0.</span>
      </form>
      <ul className="space-y-2">
        {compare.map((other) => (
          <li key={other} className="rounded border border-slate-200 bg-white p-2">
            <div className="flex items-center justify-between">
              <code className="text-xs font-semibold">{other}</code>
              <button
                type="button"
                className="text-xs text-red-800 underline"
                onClick={() => setLab({ compare: compare.filter((c) => c !== other) })}
                aria-label={`Stop comparing ${other}`}
              >
                Remove
              </button>
            </div>
            <CompareResult model={other} jobId={jobs[other]} text={text} />
          </li>
        ))}
      </ul>
    </div>
  );
}
