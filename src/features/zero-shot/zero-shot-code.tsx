import { CodeTabs } from '../../components/code-tabs.tsx';
import { useAppStore } from '../../lib/app-context.tsx';
import { parseCandidateLabels } from '../../shared/classification/candidate-labels.ts';
import { ZERO_SHOT_MODELS } from '../../shared/model-catalog.ts';
import { javascriptZeroShotSnippet, pythonZeroShotSnippet } from './code-snippets.ts';
import { forcedDtype, textsOf } from './zero-shot-job.ts';
import { useZeroShot } from './zero-shot-store.ts';

/** "Copy as code" with the settings the view would run now. */
export function ZeroShotCode() {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const pageDtype = useAppStore((s) => s.dtype);
  const model = useZeroShot((s) => s.model.trim());
  const text = useZeroShot((s) => s.text);
  const batch = useZeroShot((s) => s.batch);
  const labels = useZeroShot((s) => s.labels);
  const template = useZeroShot((s) => s.template);
  const multiLabel = useZeroShot((s) => s.multiLabel);
  const pythonId = ZERO_SHOT_MODELS.find((m) => m.id === model)?.pythonId;
  const dtype = forcedDtype(model) ?? (pageDtype === 'auto' ? undefined : pageDtype);
  const input = {
    model,
    ...(pythonId ? { pythonId } : {}),
    host: hubUrl,
    texts: batch ? textsOf(text, true).filter((t) => t.trim() !== '') : [text],
    labels: parseCandidateLabels(labels).labels,
    template,
    multiLabel,
    ...(dtype ? { dtype } : {}),
  };
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Copy as code</summary>
      <div className="mt-2">
        <CodeTabs python={pythonZeroShotSnippet(input)} javascript={javascriptZeroShotSnippet(input)} />
      </div>
    </details>
  );
}
