import { useState } from 'react';
import { useAppStore } from '../../app/app-context.tsx';
import { javascriptSnippet, pythonSnippet } from '../../shared/tokenization/code-snippets.ts';
import { snippetSourceFor } from '../../shared/tokenization/snippet-source.ts';
import type { TokenizerFacts, TokenizerSettings } from '../../shared/tokenization/types.ts';

const SNIPPET_TEXT_CHARS = 200;

interface Props {
  model: string;
  location: 'hub' | 'local';
  texts: string[];
  pairs: string[] | null;
  settings: TokenizerSettings;
  facts: TokenizerFacts;
}

/** The equivalent Python and JavaScript calls for the current settings, with a copy button. */
export function CodePanel({ model, location, texts, pairs, settings, facts }: Props) {
  const hubUrl = useAppStore((s) => s.hubUrl);
  const [language, setLanguage] = useState<'python' | 'javascript'>('python');
  const [copied, setCopied] = useState<string | null>(null);
  // Long articles are abbreviated: the snippet shows the call, not the article.
  const short = (xs: string[]) =>
    xs.map((t) => (t.length > SNIPPET_TEXT_CHARS ? `${t.slice(0, SNIPPET_TEXT_CHARS)}…` : t));
  // The host of this page load (`?hub=`): the snippet loads from where the lab did.
  const source = snippetSourceFor(model, { location, hubUrl });
  const code =
    language === 'python'
      ? pythonSnippet(source, short(texts), pairs && short(pairs), settings, facts)
      : javascriptSnippet(source, short(texts), pairs && short(pairs), settings, facts);
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
