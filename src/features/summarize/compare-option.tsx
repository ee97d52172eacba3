import { useSummarize } from './summarize-store.ts';

/** With the model's summary: an extractive one beside it, on the same article. */
export function CompareOption() {
  const compareWith = useSummarize((s) => s.compareWith);
  const set = useSummarize((s) => s.set);
  return (
    <label className="flex flex-wrap items-center gap-2 text-sm">
      Beside the model’s summary
      <select
        data-testid="setting-compare"
        className="rounded border border-slate-300 bg-white px-1 py-1"
        value={compareWith ?? ''}
        onChange={(e) => {
          const v = e.target.value;
          set({ compareWith: v === 'lead' || v === 'textrank' ? v : null });
        }}
      >
        <option value="">nothing</option>
        <option value="lead">an extractive Lead summary</option>
        <option value="textrank">an extractive TextRank summary</option>
      </select>
    </label>
  );
}
