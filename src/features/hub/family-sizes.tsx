import { familyOf, formatParameters, runnableId, siblingsOf } from '../../shared/hub/model-families.ts';

interface Props {
  modelId: string;
  onOpen(id: string): void;
}

const KIND_LABELS = { base: 'base model', 'fine-tuned': 'fine-tuned', distilled: 'distilled' } as const;

/** The other members of the model's family (the app's family table), smallest first; each opens here. */
export function FamilySizes({ modelId, onOpen }: Props) {
  const found = familyOf(modelId);
  const siblings = siblingsOf(modelId);
  if (found === null) {
    return (
      <p className="text-sm text-slate-600" data-testid="hub-family-sizes" data-value="[]">
        Not in the app’s table of model families.
      </p>
    );
  }
  const ids = siblings.map(runnableId);
  return (
    <div data-testid="hub-family-sizes" data-value={JSON.stringify(ids)} className="space-y-1 text-sm">
      <p className="text-slate-700">
        {found.family.name}: this is its {found.member.size} member (
        {formatParameters(found.member.parameters)} parameters, {KIND_LABELS[found.member.kind]}).
        {siblings.length === 0 && ' The family has no other member.'}
      </p>
      <ul className="flex flex-wrap gap-2">
        {siblings.map((m) => {
          const id = runnableId(m);
          return (
            <li key={m.id}>
              <button
                type="button"
                data-testid="hub-family-size"
                data-model-id={id}
                className="rounded border border-slate-300 bg-white px-2 py-1 text-left focus-visible:ring-2 focus-visible:ring-sky-600"
                onClick={() => onOpen(id)}
              >
                <span className="font-semibold">{m.size}</span>{' '}
                <span className="text-slate-700">{formatParameters(m.parameters)} parameters</span>
                <span className="block font-mono text-xs break-all">{id}</span>
                <span className="block text-xs text-slate-600">
                  {KIND_LABELS[m.kind]}
                  {m.browser
                    ? ` · runs in this browser (${m.browser.dtypes.join(', ')})`
                    : ' · no browser build known'}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
