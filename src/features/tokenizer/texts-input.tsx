import { MAX_BATCH } from './lab-store.ts';
import { useLab } from './lab-store.ts';

/** The batch: one textarea per sequence, with an optional second text (a pair) per sequence. */
export function TextsInput() {
  const texts = useLab((s) => s.texts);
  const pairs = useLab((s) => s.pairs);
  const setText = useLab((s) => s.setLabText);
  const setPair = useLab((s) => s.setLabPair);
  const add = useLab((s) => s.addLabText);
  const remove = useLab((s) => s.removeLabText);
  const setLab = useLab((s) => s.setLab);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Texts (a batch of {texts.length})</legend>
      {texts.map((text, i) => (
        <div key={i} className="rounded border border-slate-200 bg-white p-2">
          <div className="flex items-center justify-between">
            <label htmlFor={`lab-text-${i}`} className="text-xs font-semibold">
              Sequence {i}
            </label>
            {texts.length > 1 && (
              <button
                type="button"
                className="text-xs text-red-800 underline"
                onClick={() => remove(i)}
                aria-label={`Remove sequence ${i}`}
              >
                Remove
              </button>
            )}
          </div>
          <textarea
            id={`lab-text-${i}`}
            data-testid="tokenizer-input"
            dir="auto"
            className="mt-1 block h-24 w-full resize-y rounded border border-slate-300 p-2 font-mono text-sm"
            value={text}
            onChange={(e) => setText(i, e.target.value)}
            placeholder="Type or paste text to tokenize"
          />
          {pairs && (
            <>
              <label htmlFor={`lab-pair-${i}`} className="mt-2 block text-xs font-semibold">
                Text pair for sequence {i} <code className="font-normal">text_pair</code>
              </label>
              <textarea
                id={`lab-pair-${i}`}
                data-testid="tokenizer-pair-input"
                dir="auto"
                className="mt-1 block h-16 w-full resize-y rounded border border-slate-300 p-2 font-mono text-sm"
                value={pairs[i] ?? ''}
                onChange={(e) => setPair(i, e.target.value)}
              />
            </>
          )}
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          data-testid="tokenizer-add-text"
          className="rounded border border-slate-400 bg-white px-3 py-1 text-sm disabled:opacity-50"
          onClick={add}
          disabled={texts.length >= MAX_BATCH}
        >
          Add a sequence
        </button>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            data-testid="tokenizer-pairs-toggle"
            checked={pairs !== null}
            onChange={(e) => setLab({ pairs: e.target.checked ? texts.map(() => '') : null })}
          />
          Text pairs
        </label>
      </div>
    </fieldset>
  );
}
