import { useState } from 'react';

/** "Copy as code": the Python and the JavaScript equivalent of what a view ran, with a copy button. */
export function CodeTabs({ python, javascript }: { python: string; javascript: string }) {
  const [language, setLanguage] = useState<'python' | 'javascript'>('python');
  const [copied, setCopied] = useState<string | null>(null);
  const code = language === 'python' ? python : javascript;
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
        {(['python', 'javascript'] as const).map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            aria-selected={language === l}
            data-testid={`code-${l}`}
            className={`rounded px-2 py-1 text-xs ${language === l ? 'bg-slate-900 text-white' : 'border border-slate-300'}`}
            onClick={() => setLanguage(l)}
          >
            {l === 'python' ? 'Python (transformers)' : 'JavaScript (transformers.js)'}
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
