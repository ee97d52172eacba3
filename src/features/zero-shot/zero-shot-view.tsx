import { useCallback } from 'react';
import { RunControls } from '../../components/run-controls.tsx';
import { useJobActions } from '../../lib/app-context.tsx';
import { useChosenModel } from '../../lib/use-chosen-model.ts';
import { useSlotJob } from '../../lib/use-slot-job.ts';
import { useZeroShotUrl } from './use-zero-shot-url.ts';
import { ZeroShotCode } from './zero-shot-code.tsx';
import { ZeroShotForm } from './zero-shot-form.tsx';
import { VIEW_ID } from './zero-shot-inputs.ts';
import { forcedDtype, textCount, zeroShotJob } from './zero-shot-job.ts';
import { ZeroShotOutput } from './zero-shot-output.tsx';
import { useZeroShot, zeroShotState } from './zero-shot-store.ts';

const SLOT = 'zero-shot';

/** Zero-shot classification: an NLI model judges "this text entails <label>" for each candidate label. */
export function ZeroShotView() {
  useZeroShotUrl();
  const actions = useJobActions();
  const job = useSlotJob(SLOT, 'zero-shot');
  const ran = useZeroShot((s) => s.ran);
  const model = useZeroShot((s) => s.model);
  const location = useZeroShot((s) => s.location);
  const hint = useZeroShot((s) =>
    textCount(s.text, s.batch) === 0
      ? 'Type a text first'
      : s.labels.trim() === ''
        ? 'Add labels first'
        : undefined,
  );
  const fixedDtype = forcedDtype(model);
  useChosenModel(VIEW_ID, {
    label: 'Zero-shot',
    model,
    location,
    kind: 'classifier',
    ...(fixedDtype ? { dtype: fixedDtype } : {}),
  });

  const run = () => {
    const s = zeroShotState();
    const dtype = forcedDtype(s.model);
    const jobId = actions.run(zeroShotJob(s), s.location, SLOT, dtype ? { dtype } : undefined);
    s.setRan({ jobId, multiLabel: s.multiLabel, batch: s.batch });
  };
  const cancel = useCallback((ids: string[]) => ids.forEach((id) => actions.cancel(id)), [actions]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section aria-labelledby="zeroshot-input-heading" className="min-w-0 space-y-4">
        <h2 id="zeroshot-input-heading" className="text-lg font-semibold">
          Zero-shot classification
        </h2>
        <p className="text-sm text-slate-700">
          Each (text, label) pair is given to an NLI model as a premise and the hypothesis the template makes
          of the label; the label’s score comes from how strongly the text entails it.
        </p>
        <ZeroShotForm />
        <RunControls
          label="Classify"
          runTestId="run-button"
          jobs={[job]}
          onRun={run}
          onCancel={cancel}
          hint={hint}
        />
        <ZeroShotCode />
      </section>
      <section aria-labelledby="zeroshot-output-heading" className="min-w-0 space-y-4">
        <h2 id="zeroshot-output-heading" className="text-lg font-semibold">
          Labels
        </h2>
        <ZeroShotOutput job={job} run={ran} />
      </section>
    </div>
  );
}
