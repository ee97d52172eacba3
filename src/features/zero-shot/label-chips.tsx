import { useId, useState, type KeyboardEvent } from 'react';
import { parseCandidateLabels } from '../../shared/classification/candidate-labels.ts';
import { addLabels, removeLabel } from './label-list.ts';
import { useZeroShot } from './zero-shot-store.ts';

const FIELD = 'mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm';

/**
 * The candidate labels two ways: chips (Enter or a comma adds what is typed, Backspace in an
 * empty box removes the last, each chip has a remove button) and the comma-separated text the
 * chips stand for (`zeroshot-labels`), which is what runs. Both show Python's parsing.
 */
export function LabelChips() {
  const labels = useZeroShot((s) => s.labels);
  const set = useZeroShot((s) => s.set);
  const [draft, setDraft] = useState('');
  const chipInputId = useId();
  const textId = useId();
  const { labels: chips, duplicates } = parseCandidateLabels(labels);

  const commit = (typed: string) => {
    if (typed.trim() !== '') set({ labels: addLabels(labels, typed) });
    setDraft('');
  };
  const onChange = (value: string) => {
    // A comma (typed or pasted) ends a label; what follows it stays in the box.
    const cut = value.lastIndexOf(',');
    if (cut < 0) return setDraft(value);
    if (value.slice(0, cut).trim() !== '') set({ labels: addLabels(labels, value.slice(0, cut)) });
    setDraft(value.slice(cut + 1));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(draft);
    } else if (e.key === 'Backspace' && draft === '' && chips.length > 0) {
      e.preventDefault();
      set({ labels: removeLabel(labels, chips.length - 1) });
    }
  };

  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-2">
      <legend className="px-1 text-sm font-medium">Candidate labels</legend>
      <ul
        className="flex flex-wrap gap-1"
        aria-label="Candidate labels as they will run"
        data-testid="zeroshot-label-chips"
      >
        {chips.map((label, i) => (
          <li
            key={label}
            data-testid="zeroshot-label-chip"
            className="flex items-center gap-1 rounded-full border border-sky-300 bg-sky-50 py-0.5 pl-2 pr-0.5 text-sm"
          >
            <span className="whitespace-pre-wrap">{label}</span>
            <button
              type="button"
              aria-label={`Remove label ${label}`}
              className="rounded-full px-1.5 leading-none text-slate-700 hover:bg-sky-200"
              onClick={() => set({ labels: removeLabel(labels, i) })}
            >
              ×
            </button>
          </li>
        ))}
        {chips.length === 0 && <li className="text-xs text-slate-600">No labels yet.</li>}
      </ul>
      <div>
        <label htmlFor={chipInputId} className="block text-xs font-semibold">
          Add a label (Enter or comma adds it; Backspace in the empty box removes the last)
        </label>
        <input
          id={chipInputId}
          data-testid="zeroshot-label-add"
          className={FIELD}
          value={draft}
          placeholder="sports"
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => commit(draft)}
        />
      </div>
      <div>
        <label htmlFor={textId} className="block text-xs font-semibold">
          As one comma-separated text (candidate_labels: split on commas and stripped, as Python does)
        </label>
        <input
          id={textId}
          data-testid="zeroshot-labels"
          className={`${FIELD} font-mono`}
          value={labels}
          placeholder="sports, politics, cooking"
          spellCheck={false}
          onChange={(e) => set({ labels: e.target.value })}
        />
      </div>
      {duplicates.length > 0 && (
        <p className="text-xs text-amber-900">
          Given more than once, scored once: {duplicates.map((d) => `“${d}”`).join(', ')}.
        </p>
      )}
    </fieldset>
  );
}
