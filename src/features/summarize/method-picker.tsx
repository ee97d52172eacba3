import type { SummaryMethod } from './summarize-inputs.ts';
import { useSummarize } from './summarize-store.ts';

const METHODS: Array<{ value: SummaryMethod; label: string; note: string }> = [
  { value: 'abstractive', label: 'Abstractive (model)', note: 'A seq2seq model writes new sentences.' },
  {
    value: 'textrank',
    label: 'Extractive: TextRank',
    note: 'Picks the sentences most similar to the rest. No download.',
  },
  {
    value: 'lead',
    label: 'Extractive: Lead',
    note: 'Picks the first sentences, a strong news baseline. No download.',
  },
];

export function MethodPicker() {
  const method = useSummarize((s) => s.method);
  const count = useSummarize((s) => s.sentenceCount);
  const set = useSummarize((s) => s.set);
  const setMethod = (value: SummaryMethod) => set({ method: value });
  const setCount = (value: number) => set({ sentenceCount: value });
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">Method</legend>
      <div className="flex flex-wrap gap-3" role="radiogroup">
        {METHODS.map((m) => (
          <label key={m.value} className="flex items-center gap-1.5 text-sm" title={m.note}>
            <input
              type="radio"
              name="summary-method"
              value={m.value}
              data-testid={`method-${m.value}`}
              checked={method === m.value}
              onChange={() => setMethod(m.value)}
            />
            {m.label}
          </label>
        ))}
      </div>
      <p className="text-xs text-slate-600">{METHODS.find((m) => m.value === method)?.note}</p>
      {method !== 'abstractive' && (
        <label className="flex items-center gap-2 text-sm">
          Sentences
          <input
            type="number"
            min={1}
            max={20}
            data-testid="setting-sentences"
            className="w-16 rounded border border-slate-300 px-2 py-1"
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
          />
        </label>
      )}
    </fieldset>
  );
}
