import {
  formatParameters,
  licenseOf,
  type FamilyMember,
  type MemberKind,
  type ModelFamily,
  type TunedFor,
} from '../../shared/hub/model-families.ts';
import { licenseGroupLabel, licenseLabel, taskLabel } from './row-format.ts';

interface Props {
  family: ModelFamily;
  onOpen(modelId: string): void;
}

const KIND_LABELS: Record<MemberKind, string> = {
  base: 'Base model',
  'fine-tuned': 'Fine-tuned from',
  distilled: 'Distilled from',
};

const TUNED_FOR_LABELS: Record<TunedFor, string> = {
  summarization: 'summarization',
  sentiment: 'sentiment',
  instructions: 'following instructions',
  chat: 'chat',
  'natural-language-inference': 'natural-language inference (zero-shot classification)',
};

const LINK =
  'rounded text-left font-mono break-all text-sky-800 underline hover:text-sky-950 focus-visible:ring-2 focus-visible:ring-sky-600';

function OpenButton({ id, onOpen }: { id: string; onOpen(id: string): void }) {
  return (
    <button type="button" className={LINK} onClick={() => onOpen(id)} aria-label={`Open ${id}`}>
      {id}
    </button>
  );
}

/** One family's members, smallest first: size, lineage, license, task, and whether it runs here. */
export function FamiliesTable({ family, onOpen }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{family.name} models, smallest first</caption>
        <thead className="text-xs text-slate-700">
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Size</th>
            <th scope="col">Base or fine-tuned</th>
            <th scope="col">License</th>
            <th scope="col">Task</th>
            <th scope="col">Runs in this browser</th>
          </tr>
        </thead>
        <tbody>
          {family.members.map((m) => (
            <MemberRow key={m.id} family={family} member={m} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberRow({
  family,
  member: m,
  onOpen,
}: {
  family: ModelFamily;
  member: FamilyMember;
  onOpen(id: string): void;
}) {
  const license = licenseOf(family, m);
  const group = licenseGroupLabel(license);
  const parameters = formatParameters(m.parameters);
  return (
    <tr className="border-t border-slate-100 align-top" data-testid="hub-family-member" data-model-id={m.id}>
      <th scope="row" className="py-1 pr-2 font-normal">
        <OpenButton id={m.id} onOpen={onOpen} />
      </th>
      <td className="pr-2 tabular-nums">
        {m.size}
        {parameters !== m.size && (
          <span className="block text-xs text-slate-600">{parameters} parameters</span>
        )}
      </td>
      <td className="pr-2">
        {KIND_LABELS[m.kind]}
        {m.baseId !== undefined && (
          <span className="block">
            <OpenButton id={m.baseId} onOpen={onOpen} />
          </span>
        )}
        {m.tunedFor !== undefined && (
          <span className="block text-xs text-slate-600">for {TUNED_FOR_LABELS[m.tunedFor]}</span>
        )}
      </td>
      <td className="pr-2">
        {licenseLabel(license)}
        {group !== null && <span className="block text-xs text-slate-600">{group}</span>}
      </td>
      <td className="pr-2 font-mono text-xs">{taskLabel(m.task)}</td>
      <td>
        {m.browser ? (
          <>
            <OpenButton id={m.browser.id} onOpen={onOpen} />
            <span className="block text-xs text-slate-600">ONNX dtypes: {m.browser.dtypes.join(', ')}</span>
          </>
        ) : (
          <span className="text-slate-600">No ONNX conversion listed</span>
        )}
      </td>
    </tr>
  );
}
