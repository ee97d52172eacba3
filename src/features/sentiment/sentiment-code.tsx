import { memo, useMemo } from 'react';
import { CodeTabs } from '../../components/code-tabs.tsx';
import { useAppStore } from '../../lib/app-context.tsx';
import type { Activation, RuntimeInfo } from '../../shared/protocol/index.ts';
import { javascriptSentimentSnippet, pythonSentimentSnippet } from './code-snippets.ts';
import { batchLines, catalogEntry } from './sentiment-inputs.ts';
import { useSentiment } from './sentiment-store.ts';

interface Props {
  /** What the last run of this model ran on; null: the settings (or transformers.js) decide. */
  runtime: RuntimeInfo | null;
  activation: Activation | null;
}

/** "Copy as code": the same model, batch and settings in Python and transformers.js. */
export const SentimentCode = memo(function SentimentCode({ runtime, activation }: Props) {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const device = useAppStore((s) => s.device);
  const dtype = useAppStore((s) => s.dtype);
  const model = useSentiment((s) => s.model.trim());
  const text = useSentiment((s) => s.text);
  const snippet = useMemo(() => {
    const entry = catalogEntry(model);
    return {
      model,
      ...(entry?.pythonId ? { pythonId: entry.pythonId } : {}),
      host: hubUrl,
      texts: batchLines(text).filter((t) => t.trim() !== ''),
      dtype: runtime?.dtype ?? entry?.dtype ?? (dtype === 'auto' ? null : dtype),
      device: runtime?.device ?? (device === 'auto' ? null : device),
      activation: activation ?? entry?.activation ?? null,
    };
  }, [model, hubUrl, text, runtime, dtype, device, activation]);
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Copy as code</summary>
      <div className="mt-2">
        <CodeTabs python={pythonSentimentSnippet(snippet)} javascript={javascriptSentimentSnippet(snippet)} />
      </div>
    </details>
  );
});
