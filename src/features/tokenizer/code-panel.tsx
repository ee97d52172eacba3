import { CodeTabs } from '../../components/code-tabs.tsx';
import { useAppStore } from '../../lib/app-context.tsx';
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
  // Long articles are abbreviated: the snippet shows the call, not the article.
  const short = (xs: string[]) =>
    xs.map((t) => (t.length > SNIPPET_TEXT_CHARS ? `${t.slice(0, SNIPPET_TEXT_CHARS)}…` : t));
  // The host of this page load (`?hub=`): the snippet loads from where the lab did.
  const source = snippetSourceFor(model, { location, hubUrl });
  const shortPairs = pairs && short(pairs);
  return (
    <CodeTabs
      python={pythonSnippet(source, short(texts), shortPairs, settings, facts)}
      javascript={javascriptSnippet(source, short(texts), shortPairs, settings, facts)}
    />
  );
}
