import { CompareColumn } from './compare-column.tsx';
import { MAX_COMPARE } from './hub-inputs.ts';
import { useHub } from './hub-store.ts';

/** Two or three models side by side; each column reads its own model. */
export function ComparePanel() {
  const compare = useHub((s) => s.compare);
  const removeCompare = useHub((s) => s.removeCompare);
  const openModel = useHub((s) => s.openModel);
  return (
    <div data-testid="hub-compare" data-value={JSON.stringify(compare)} className="space-y-3">
      {compare.length === 0 ? (
        <p className="text-sm text-slate-700">
          Nothing to compare yet. Open a model from Search or Families and choose “Add to compare” (up to{' '}
          {MAX_COMPARE}), or compare a family’s sizes from Families.
        </p>
      ) : (
        <>
          {compare.length === 1 && (
            <p className="text-sm text-slate-700">Add one or two more models to see them side by side.</p>
          )}
          <div className={`grid gap-3 ${compare.length > 1 ? 'md:grid-cols-2 xl:grid-cols-3' : ''}`}>
            {compare.map((id, i) => (
              <CompareColumn key={id} index={i} model={id} onRemove={removeCompare} onOpen={openModel} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
