import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { GeneratedToken } from '../../shared/protocol/index.ts';

/** Show a piece with its whitespace visible. */
function visible(text: string): string {
  return text === '' ? '∅' : text.replace(/ /g, '␣').replace(/\n/g, '⏎');
}

const ROW_PX = 20;

const TokenRow = memo(function TokenRow({ token: t }: { token: GeneratedToken }) {
  const alternatives = t.alternatives
    .filter((a) => a.id !== t.id)
    .slice(0, 4)
    .map((a) => `${visible(a.text)} (${a.probability.toFixed(2)})`)
    .join('  ');
  return (
    <tr className="border-t border-slate-100" style={{ height: ROW_PX }}>
      <td className="pr-2 tabular-nums">{t.step}</td>
      <td className="whitespace-nowrap pr-2">
        {visible(t.text)} <span className="text-slate-500">#{t.id}</span>
      </td>
      <td className="whitespace-nowrap pr-2 tabular-nums">
        <span
          className="inline-block h-2 bg-sky-600 align-middle"
          style={{ width: `${Math.round(t.probability * 40)}px` }}
          aria-hidden="true"
        />{' '}
        {t.probability.toFixed(3)}
      </td>
      <td className="max-w-0 truncate text-slate-700" title={alternatives}>
        {alternatives}
      </td>
    </tr>
  );
});

/**
 * Greedy or sampled decoding: each step's token, its probability, and what it beat. Rows are
 * virtualised (spacer rows keep table semantics): a long generation has thousands of steps, and
 * laying them all out on every streamed frame kept the page from answering a click.
 */
export function TokenTable({ tokens }: { tokens: GeneratedToken[] }) {
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtual = useVirtualizer({
    count: tokens.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
  });
  const items = virtual.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={parent} className="max-h-72 overflow-auto" tabIndex={0} aria-label="Generated tokens">
      <table className="w-full table-fixed text-left text-xs">
        <caption className="sr-only">Generated tokens with probabilities and alternatives</caption>
        <colgroup>
          <col className="w-12" />
          <col className="w-40" />
          <col className="w-28" />
          <col />
        </colgroup>
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
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const token = tokens[item.index];
            return token ? <TokenRow key={token.step} token={token} /> : null;
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
