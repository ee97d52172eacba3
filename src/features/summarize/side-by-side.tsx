import { useMemo } from 'react';
import { alignSummary } from '../../shared/extractive/alignment.ts';
import type { ExtractResult } from '../../shared/protocol/index.ts';

interface Props {
  article: string;
  /** The model's summary (once there is one). */
  summary: string | null;
  extract: ExtractResult | null;
}

/**
 * The article with the sentences each summary drew on: the ones the extractive method chose, and
 * the ones the model's sentences share the most words with. Marked in text ([model], [extractive])
 * and by two styles, never by colour alone.
 */
export function SideBySide({ article, summary, extract }: Props) {
  const aligned = useMemo(() => (summary ? alignSummary(article, summary) : []), [article, summary]);
  const chosen = new Set(extract?.sentences.filter((s) => s.chosen).map((s) => s.start) ?? []);
  const byModel = new Set(aligned.filter((s) => s.drawnBy.length > 0).map((s) => s.start));
  const sentences = extract?.sentences ?? aligned;
  if (sentences.length === 0) return null;
  return (
    <details open className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="side-by-side">
      <summary className="cursor-pointer font-medium">Which article sentences each summary drew on</summary>
      <p className="mt-1 text-xs text-slate-600">
        <mark className="bg-yellow-200 px-0.5">[extractive]</mark> chosen by{' '}
        {extract?.method === 'lead' ? 'Lead' : 'TextRank'} ·{' '}
        <span className="underline decoration-sky-700 decoration-2 underline-offset-2">[model]</span> the
        sentence a summary sentence shares the most words with
      </p>
      <p className="mt-2 max-h-80 overflow-auto font-serif leading-relaxed" dir="auto">
        {sentences.map((s, i) => {
          const gap = article.slice(i === 0 ? 0 : (sentences[i - 1]?.end ?? 0), s.start);
          const ext = chosen.has(s.start);
          const model = byModel.has(s.start);
          const marks = [model ? 'model' : null, ext ? 'extractive' : null].filter(Boolean);
          return (
            <span key={s.start}>
              {gap}
              <span
                data-testid={marks.length > 0 ? 'source-sentence' : undefined}
                data-value={
                  marks.length > 0 ? JSON.stringify({ start: s.start, end: s.end, by: marks }) : undefined
                }
                className={`${ext ? 'bg-yellow-200' : ''} ${model ? 'underline decoration-sky-700 decoration-2 underline-offset-2' : ''}`}
              >
                {marks.length > 0 && (
                  <span className="font-sans text-xs text-slate-700">[{marks.join(', ')}] </span>
                )}
                {article.slice(s.start, s.end)}
              </span>
            </span>
          );
        })}
      </p>
    </details>
  );
}
