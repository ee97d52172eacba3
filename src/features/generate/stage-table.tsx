import type { LogitsStageView } from '../../shared/protocol/index.ts';
import { fmtP, visibleToken } from './inspector.ts';

interface Props {
  view: LogitsStageView;
  title: string;
  /** The token finally chosen at this step. */
  chosenId: number;
}

/** One logits stage of a step: what it kept and removed, and its most probable tokens. */
export function StageTable({ view: s, title, chosenId }: Props) {
  const chosenShown = s.top.some((t) => t.id === chosenId);
  return (
    <section
      data-testid="sampling-stage"
      data-stage={s.stage}
      data-value={JSON.stringify({
        stage: s.stage,
        kept: s.kept,
        removed: s.removed,
        removedMass: s.removedMass,
        chosenProbability: s.chosenProbability,
      })}
      aria-label={title}
      className="min-w-0 rounded border border-slate-200 p-2"
    >
      <h4 className="font-semibold">{title}</h4>
      <p className="text-slate-700">
        {s.kept} token{s.kept === 1 ? '' : 's'} kept;{' '}
        {s.removed > 0
          ? `${s.removed} removed here, which held ${fmtP(s.removedMass)} of the probability before.`
          : 'none removed here.'}{' '}
        Chosen token: p = {fmtP(s.chosenProbability)}.
      </p>
      <table className="mt-1 w-full table-fixed text-left">
        <caption className="sr-only">Most probable tokens after this stage</caption>
        <colgroup>
          <col className="w-8" />
          <col />
          <col className="w-14" />
          <col className="w-16" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Token</th>
            <th scope="col">id</th>
            <th scope="col">p</th>
          </tr>
        </thead>
        <tbody className="font-mono">
          {s.top.map((t, i) => {
            const chosen = t.id === chosenId;
            return (
              <tr key={t.id} className={`border-t border-slate-100 ${chosen ? 'bg-sky-50 font-bold' : ''}`}>
                <td className="tabular-nums">{i + 1}</td>
                <td className="truncate" title={t.text}>
                  {visibleToken(t.text)}
                  {chosen && <span className="ml-1 font-sans text-sky-900">◀ chosen</span>}
                </td>
                <td className="tabular-nums">{t.id}</td>
                <td className="tabular-nums">{fmtP(t.probability)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!chosenShown && <p className="text-slate-600">The chosen token is not among these {s.top.length}.</p>}
      {s.removedTop.length > 0 && (
        <p className="mt-1 text-slate-700" data-testid="stage-removed">
          Removed, most probable first (p before):{' '}
          <span className="font-mono">
            {s.removedTop.map((t) => `${visibleToken(t.text)} #${t.id} (${fmtP(t.probability)})`).join(', ')}
          </span>
        </p>
      )}
    </section>
  );
}
