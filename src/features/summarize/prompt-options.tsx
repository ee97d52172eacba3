import { useId } from 'react';
import { useSummarize } from './summarize-store.ts';

/** The prompt prefix (editable; empty field = the model's own) and chunking for long articles. */
export function PromptOptions() {
  const prefix = useSummarize((s) => s.prefix);
  const chunking = useSummarize((s) => s.chunking);
  const set = useSummarize((s) => s.set);
  const setPrefix = (value: string | null) => set({ prefix: value });
  const setChunking = (value: boolean) => set({ chunking: value });
  const id = useId();
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <div>
        <label htmlFor={`${id}-prefix`} className="block text-sm font-medium">
          Prompt prefix
        </label>
        <input
          id={`${id}-prefix`}
          data-testid="prefix-input"
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm"
          placeholder="model default (T5: “summarize: ”)"
          value={prefix ?? ''}
          onChange={(e) => setPrefix(e.target.value === '' ? null : e.target.value)}
        />
      </div>
      <label className="flex items-center gap-2 self-end text-sm">
        <input
          type="checkbox"
          data-testid="setting-chunking"
          checked={chunking}
          onChange={(e) => setChunking(e.target.checked)}
        />
        Summarize long articles in chunks
      </label>
    </div>
  );
}
