import { useCallback } from 'react';
import { RunControls } from '../../components/run-controls.tsx';
import { useJobActions } from '../../lib/app-context.tsx';
import { useChosenModel } from '../../lib/use-chosen-model.ts';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import { SentimentInputsPanel } from './sentiment-inputs-panel.tsx';
import { catalogEntry, sentimentJob, SLOT, VIEW_ID } from './sentiment-inputs.ts';
import { SentimentOutput } from './sentiment-output.tsx';
import { sentimentState, useSentiment } from './sentiment-store.ts';
import { useSentimentUrl } from './use-sentiment-url.ts';

/** Sentiment: a batch of texts, one per line, each scored on every label of a sequence classifier. */
export function SentimentView() {
  useSentimentUrl();
  const actions = useJobActions();
  const model = useSentiment((s) => s.model);
  const location = useSentiment((s) => s.location);
  const blank = useSentiment((s) => s.text.trim() === '');
  const job = useSlotJob(SLOT, 'sentiment');
  useChosenModel(VIEW_ID, { label: 'Sentiment', model, location, kind: 'classifier' });

  const run = () => {
    const s = sentimentState();
    // A model whose quantized export is known to be wrong runs with the dtype the catalog names.
    const dtype = catalogEntry(s.model)?.dtype;
    actions.run(sentimentJob(s), s.location, SLOT, dtype ? { dtype } : undefined);
  };
  const cancel = useCallback((ids: string[]) => ids.forEach((id) => actions.cancel(id)), [actions]);

  return (
    <div className="space-y-6">
      <section aria-labelledby="sentiment-heading" className="space-y-3">
        <h2 id="sentiment-heading" className="text-lg font-semibold">
          Sentiment
        </h2>
        <SentimentInputsPanel />
        <RunControls
          label="Classify"
          runTestId="run-button"
          jobs={[job]}
          onRun={run}
          onCancel={cancel}
          hint={blank ? 'Type a text first' : undefined}
        />
      </section>
      <SentimentOutput job={job} />
    </div>
  );
}
