import type { ExtractResult } from '../../shared/protocol/index.ts';
import { formatMs } from '../../shared/format.ts';

/**
 * The article with the chosen sentences highlighted (and marked in text, not by colour alone),
 * each sentence's score and rank on hover and in the list below.
 */
interface Props {
  article: string;
  result: ExtractResult;
  /** `summary-output` as the view's summary; another id beside a model's summary. */
  testId: string;
  /** Beside a model's summary: the text only, the article highlights are shown once below. */
  compact?: boolean;
}

export function ExtractiveOutput({ article, result, testId, compact = false }: Props) {
  const chosen = result.sentences.filter((s) => s.chosen);
  return (
    <div className="space-y-3">
      <div
        data-testid={testId}
        data-value={JSON.stringify({ text: result.text, tokenIds: [], done: true })}
        className="rounded border border-slate-300 bg-white p-3 font-serif leading-relaxed"
        dir="auto"
      >
        {result.text || <span className="text-slate-500">No sentences to choose from.</span>}
      </div>
      <p className="text-xs text-slate-600">
        {result.method === 'lead' ? 'Lead' : 'TextRank'}: {chosen.length} of {result.sentences.length}{' '}
        sentences, in article order · {formatMs(result.ms)}
      </p>
      {!compact && (
        <details open className="rounded border border-slate-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Chosen sentences in the article</summary>
          <p
            className="mt-2 max-h-80 overflow-auto font-serif leading-relaxed"
            dir="auto"
            data-testid="extractive-article"
          >
            {result.sentences.map((s, i) => {
              const gap = article.slice(i === 0 ? 0 : (result.sentences[i - 1]?.end ?? 0), s.start);
              return (
                <span key={s.start}>
                  {gap}
                  {s.chosen ? (
                    <mark
                      data-testid="chosen-sentence"
                      data-value={JSON.stringify({
                        start: s.start,
                        end: s.end,
                        score: s.score,
                        rank: s.rank,
                      })}
                      className="rounded bg-yellow-200 px-0.5 underline decoration-2"
                      title={`Chosen · rank ${s.rank} · score ${s.score.toFixed(3)}`}
                    >
                      <span className="sr-only">[chosen, rank {s.rank}] </span>
                      {article.slice(s.start, s.end)}
                    </mark>
                  ) : (
                    <span title={`rank ${s.rank} · score ${s.score.toFixed(3)}`}>
                      {article.slice(s.start, s.end)}
                    </span>
                  )}
                </span>
              );
            })}
          </p>
        </details>
      )}
    </div>
  );
}
