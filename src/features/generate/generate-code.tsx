import { CodeTabs } from '../../components/code-tabs.tsx';
import { useAppStore } from '../../lib/app-context.tsx';
import type { PromptConstruction } from '../../shared/protocol/index.ts';
import { javascriptGenerateSnippet, pythonGenerateSnippet, pythonPipelineSnippet } from './code-snippets.ts';
import { catalogModel, dtypeFor, snippetMode } from './generation-models.ts';
import { useGenerate } from './generate-store.ts';

interface Props {
  model: string;
  /** How the worker built this model's prompt on the pane's last run, when it ran this model. */
  construction: PromptConstruction | null;
}

/** "Copy as code" for one pane, with the prompt and the settings the view would run now. */
export function GenerateCode({ model, construction }: Props) {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const pageDtype = useAppStore((s) => s.dtype);
  const text = useGenerate((s) => s.text);
  const system = useGenerate((s) => s.system);
  const chat = useGenerate((s) => s.chat);
  const generation = useGenerate((s) => s.generation);
  const pythonId = catalogModel(model)?.pythonId;
  const dtype = dtypeFor(model, pageDtype) ?? (pageDtype === 'auto' ? undefined : pageDtype);
  const input = {
    model,
    ...(pythonId ? { pythonId } : {}),
    host: hubUrl,
    text,
    // The worker drops a blank system message.
    system: system.trim() === '' ? '' : system,
    mode: snippetMode(chat, model, construction),
    generation,
    ...(dtype ? { dtype } : {}),
  };
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Copy as code</summary>
      <div className="mt-2">
        <CodeTabs
          python={pythonPipelineSnippet(input)}
          javascript={javascriptGenerateSnippet(input)}
          more={[
            { id: 'python-generate', label: 'Python (model.generate)', code: pythonGenerateSnippet(input) },
          ]}
        />
      </div>
    </details>
  );
}
