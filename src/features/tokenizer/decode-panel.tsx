import { showInvisibles } from '../../shared/tokenization/display.ts';
import type { DecodedRow } from '../../shared/tokenization/types.ts';

const PREVIEW = 400;

/** `decode(input_ids)` with and without `skip_special_tokens`, and whether it gives the text back. */
export function DecodePanel({ decoded }: { decoded: DecodedRow[] }) {
  return (
    <dl
      className="space-y-2 text-xs"
      data-testid="decode-round-trip"
      data-value={JSON.stringify(
        decoded.map((d) => ({
          withSpecials: d.withSpecials.slice(0, PREVIEW),
          skipSpecials: d.skipSpecials.slice(0, PREVIEW),
          roundTrips: d.roundTrips,
        })),
      )}
    >
      {decoded.map((d, i) => (
        <div key={i} className="rounded border border-slate-200 bg-white p-2">
          <dt className="font-semibold">
            Sequence {i}
            {d.roundTrips !== null && (
              <span className={d.roundTrips ? 'ml-2 text-emerald-800' : 'ml-2 text-amber-900'}>
                {d.roundTrips ? '✓ decodes back to the input' : '≠ decoding changes the text (normalisation)'}
              </span>
            )}
          </dt>
          <dd className="mt-1 font-mono break-all" dir="auto">
            <span className="text-slate-500">skip_special_tokens=False: </span>
            {showInvisibles(d.withSpecials.slice(0, PREVIEW))}
            {d.withSpecials.length > PREVIEW && '…'}
          </dd>
          <dd className="font-mono break-all" dir="auto">
            <span className="text-slate-500">skip_special_tokens=True: </span>
            {showInvisibles(d.skipSpecials.slice(0, PREVIEW))}
            {d.skipSpecials.length > PREVIEW && '…'}
          </dd>
        </div>
      ))}
    </dl>
  );
}
