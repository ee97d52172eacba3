import type { GeneratedToken } from '../../../shared/protocol.ts';

/** Show a piece with its whitespace visible. */
function visible(text: string): string {
  return text === '' ? '∅' : text.replace(/ /g, '␣').replace(/\n/g, '⏎');
}

/** Greedy or sampled decoding: each step's token, its probability, and what it beat. */
export function TokenTable({ tokens }: { tokens: GeneratedToken[] }) {
  return (
    <div className="max-h-72 overflow-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Generated tokens with probabilities and alternatives</caption>
        <thead className="sticky top-0 bg-white">
          <tr>
            <th scope="col" className="pr-2">
              Step
            </th>
            <th scope="col" className="pr-2">
              Token
            </th>
            <th scope="col" className="pr-2">
              p
            </th>
            <th scope="col">Alternatives (p)</th>
          </tr>
        </thead>
        <tbody className="font-mono">
          {tokens.map((t) => (
            <tr key={t.step} className="border-t border-slate-100">
              <td className="pr-2 tabular-nums">{t.step}</td>
              <td className="pr-2">
                {visible(t.text)} <span className="text-slate-500">#{t.id}</span>
              </td>
              <td className="pr-2 tabular-nums">
                <span
                  className="inline-block h-2 bg-sky-600 align-middle"
                  style={{ width: `${Math.round(t.probability * 40)}px` }}
                  aria-hidden="true"
                />{' '}
                {t.probability.toFixed(3)}
              </td>
              <td className="text-slate-700">
                {t.alternatives
                  .filter((a) => a.id !== t.id)
                  .slice(0, 4)
                  .map((a) => `${visible(a.text)} (${a.probability.toFixed(2)})`)
                  .join('  ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
