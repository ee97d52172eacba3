import { lengthVsModel, rowCounts } from '../../shared/tokenization/display.ts';
import type { EncodedBatch } from '../../shared/tokenization/types.ts';

interface Props {
  batch: EncodedBatch;
  texts: string[];
  pairs: string[] | null;
  /** Set when this tokenizer is the Summarize view's model: its input is cut at model_max_length. */
  summarizerModel: boolean;
}

/** Tokens, characters, characters per token, and length against the model's limit, per row. */
export function CountsPanel({ batch, texts, pairs, summarizerModel }: Props) {
  return (
    <table className="w-full text-left text-xs" data-testid="token-counts">
      <caption className="sr-only">Counts per sequence</caption>
      <thead>
        <tr>
          <th scope="col">Seq</th>
          <th scope="col">Text tokens</th>
          <th scope="col">Special</th>
          <th scope="col">Padding</th>
          <th scope="col">Cut</th>
          <th scope="col">Characters</th>
          <th scope="col">Chars / token</th>
          <th scope="col">Length vs model</th>
        </tr>
      </thead>
      <tbody className="tabular-nums">
        {batch.rows.map((row, i) => {
          const counts = rowCounts(row, [texts[i] ?? '', ...(pairs ? [pairs[i] ?? ''] : [])]);
          const length = lengthVsModel(row.length + counts.cutTokens, batch.modelMaxLength);
          return (
            <tr key={i} className="border-t border-slate-100">
              <td>{i}</td>
              <td>{counts.textTokens}</td>
              <td>{counts.specialTokens}</td>
              <td>{counts.paddingTokens}</td>
              <td className={counts.cutTokens > 0 ? 'font-semibold text-red-800' : ''}>{counts.cutTokens}</td>
              <td>{counts.characters}</td>
              <td>{counts.charsPerToken ?? '–'}</td>
              <td className={length.over ? 'font-semibold text-amber-900' : ''}>
                {length.over && <span aria-hidden="true">⚠ </span>}
                {length.label}
                {length.over && summarizerModel && (
                  <span data-testid="summarizer-truncation-warning">
                    {' '}
                    — the summarizer will cut this article to {batch.modelMaxLength} tokens
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
