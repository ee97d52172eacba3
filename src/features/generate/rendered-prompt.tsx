import { promptParts } from './prompt-parts.ts';

/**
 * The exact text the tokenizer got, with the chat template's special tokens marked (a boxed
 * style and their own spelling, not colour alone) and each line break shown as ⏎. Text only.
 */
export function RenderedPrompt({ text, testId }: { text: string; testId: string }) {
  return (
    <pre
      data-testid={testId}
      className="max-h-60 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono text-xs [overflow-wrap:anywhere]"
      dir="auto"
    >
      {promptParts(text).map((p, i) =>
        p.kind === 'newline' ? (
          <span key={i}>
            <span aria-hidden="true" className="text-slate-400">
              ⏎
            </span>
            {'\n'}
          </span>
        ) : p.kind === 'special' ? (
          <mark key={i} className="rounded border border-amber-400 bg-amber-50 px-0.5 text-amber-950">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </pre>
  );
}
