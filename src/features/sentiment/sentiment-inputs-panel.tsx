import { memo } from 'react';
import { ModelSourcePicker } from '../../components/model-source-picker.tsx';
import { TestModelBadge } from '../../components/test-model-badge.tsx';
import { SENTIMENT_MODELS } from '../../shared/model-catalog.ts';
import { FileLoader } from './file-loader.tsx';
import { batchLines, catalogEntry } from './sentiment-inputs.ts';
import { useSentiment } from './sentiment-store.ts';

const OPTIONS = SENTIMENT_MODELS.map((m) => ({ value: m.id, label: m.label }));

/**
 * The model, and the batch: typed one text per line, or loaded from a .txt or .csv file. Memo:
 * the view re-renders on every streamed result, and a 1,000-line textarea need not.
 */
export const SentimentInputsPanel = memo(function SentimentInputsPanel() {
  const model = useSentiment((s) => s.model);
  const location = useSentiment((s) => s.location);
  const text = useSentiment((s) => s.text);
  const set = useSentiment((s) => s.set);
  const known = catalogEntry(model);
  const lines = text === '' ? 0 : batchLines(text).length;
  return (
    <div className="space-y-3">
      <ModelSourcePicker
        label="Classifier model"
        inputId="sentiment-model"
        model={model}
        location={location}
        options={OPTIONS}
        note={
          <>
            <TestModelBadge model={model} />
            {known
              ? `${known.note} Labels: ${known.labels.join(', ')}.`
              : 'Any text-classification model with ONNX weights (a transformers.js export).'}
          </>
        }
        onModel={(m) => set({ model: m })}
        onLocation={(l) => set({ location: l })}
      />
      <div>
        <label htmlFor="sentiment-input" className="block text-sm font-medium">
          Texts to classify, one per line
        </label>
        <textarea
          id="sentiment-input"
          data-testid="sentiment-input"
          className="mt-1 block h-40 w-full resize-y rounded border border-slate-300 bg-white p-2 font-mono text-sm"
          value={text}
          onChange={(e) => set({ text: e.target.value })}
          placeholder={'I loved every minute of it.\nThe service was terrible.'}
          aria-describedby="sentiment-input-count"
          spellCheck={false}
          dir="auto"
        />
        <p id="sentiment-input-count" className="mt-1 text-xs text-slate-600">
          {lines === 0
            ? 'Each line is one text of the batch; blank lines are skipped.'
            : `${lines.toLocaleString('en')} line${lines === 1 ? '' : 's'}: each is one text of the batch; blank lines are skipped.`}
        </p>
      </div>
      <FileLoader />
    </div>
  );
});
