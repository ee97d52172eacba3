import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EncodedBatch } from '../../shared/tokenization/types.ts';

const BLOCK = 16;

type Tensor = 'input_ids' | 'attention_mask' | 'token_type_ids';

/**
 * The tensors as the model gets them, aligned by position: blocks of 16 positions, one line per
 * sequence and tensor. Padding and mask zeros are marked in text as well as in colour.
 */
export function TensorView({ batch }: { batch: EncodedBatch }) {
  const parent = useRef<HTMLDivElement>(null);
  const tensors: Tensor[] = ['input_ids', 'attention_mask'];
  if (batch.rows.some((r) => r.token_type_ids !== null)) tensors.push('token_type_ids');
  const width = Math.max(0, ...batch.rows.map((r) => r.input_ids.length));
  const blocks = Math.ceil(width / BLOCK);
  const lineHeight = 20;
  const blockHeight = (batch.rows.length * tensors.length + 1) * lineHeight + 8;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtual = useVirtualizer({
    count: blocks,
    getScrollElement: () => parent.current,
    estimateSize: () => blockHeight,
    overscan: 4,
  });
  const value = (t: Tensor) =>
    JSON.stringify(batch.rows.map((r) => (t === 'token_type_ids' ? (r.token_type_ids ?? []) : r[t])));
  const shape = batch.shape
    ? `[${batch.shape.join(', ')}]`
    : 'ragged: rows differ in length (not a tensor; pad to batch)';
  return (
    <div className="space-y-2">
      <p className="text-sm">
        {tensors.map((t) => (
          <span
            key={t}
            data-testid={t.replace(/_/g, '-')}
            data-value={value(t)}
            className="mr-3 inline-block"
          >
            <code>{t}</code>: {batch.dtype} {shape}
          </span>
        ))}
        <span className="text-xs text-slate-600">padding side: {batch.paddingSide}</span>
      </p>
      <div
        ref={parent}
        className="max-h-80 overflow-auto rounded border border-slate-200 bg-white font-mono text-xs"
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((block) => {
            const from = block.index * BLOCK;
            const positions = Array.from({ length: Math.min(BLOCK, width - from) }, (_, k) => from + k);
            return (
              <table
                key={block.key}
                className="absolute left-0 border-separate border-spacing-x-1"
                style={{ transform: `translateY(${block.start}px)`, height: blockHeight }}
              >
                <thead>
                  <tr className="text-slate-500">
                    <th scope="col" className="pr-2 text-left font-normal">
                      pos
                    </th>
                    {positions.map((p) => (
                      <th key={p} scope="col" className="w-12 text-right font-normal">
                        {p}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {batch.rows.flatMap((row, r) =>
                    tensors.map((t) => (
                      <tr key={`${r}-${t}`} className={t === 'input_ids' ? 'border-t border-slate-200' : ''}>
                        <th
                          scope="row"
                          className="pr-2 text-left font-normal whitespace-nowrap text-slate-600"
                        >
                          [{r}] {t === 'input_ids' ? 'ids' : t === 'attention_mask' ? 'mask' : 'type'}
                        </th>
                        {positions.map((p) => {
                          const padding = row.kinds[p] === 'padding';
                          const v = t === 'token_type_ids' ? row.token_type_ids?.[p] : row[t][p];
                          return (
                            <td
                              key={p}
                              className={`text-right tabular-nums ${padding ? 'bg-slate-100 text-slate-400' : ''} ${t === 'attention_mask' && v === 0 ? 'font-bold text-red-700' : ''}`}
                            >
                              {v === undefined ? '·' : v}
                            </td>
                          );
                        })}
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            );
          })}
        </div>
      </div>
      <p className="text-xs text-slate-600">
        Grey cells are padding; a bold 0 in the mask marks a position the model ignores.
      </p>
    </div>
  );
}
