import { useState } from 'react';

/** A further tab: its test id is `code-<id>`. */
export interface CodeTab {
  id: string;
  label: string;
  code: string;
}

interface Props {
  python: string;
  javascript: string;
  /** Tabs after the two, for a view with another way to write it (Generate: `model.generate`). */
  more?: readonly CodeTab[];
}

/** "Copy as code": the Python and the JavaScript equivalent of what a view ran, with a copy button. */
export function CodeTabs({ python, javascript, more = [] }: Props) {
  const tabs: CodeTab[] = [
    { id: 'python', label: 'Python (transformers)', code: python },
    { id: 'javascript', label: 'JavaScript (transformers.js)', code: javascript },
    ...more,
  ];
  const [language, setLanguage] = useState('python');
  const [copied, setCopied] = useState<string | null>(null);
  const code = (tabs.find((t) => t.id === language) ?? tabs[0])?.code ?? '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('Copied.');
    } catch {
      setCopied('The browser did not allow copying; select the code and copy it by hand.');
    }
  };
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2" role="tablist" aria-label="Language">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={language === t.id}
            data-testid={`code-${t.id}`}
            className={`rounded px-2 py-1 text-xs ${language === t.id ? 'bg-slate-900 text-white' : 'border border-slate-300'}`}
            onClick={() => setLanguage(t.id)}
          >
            {t.label}
          </button>
        ))}
        <button
          type="button"
          className="ml-auto rounded border border-slate-400 px-2 py-1 text-xs"
          onClick={() => void copy()}
        >
          Copy
        </button>
        <span role="status" className="text-xs text-slate-600">
          {copied}
        </span>
      </div>
      <pre
        data-testid="code-snippet"
        className="max-h-72 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
