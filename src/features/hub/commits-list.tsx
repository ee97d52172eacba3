import type { HubModelDetail } from '../../shared/protocol/index.ts';
import { exactTime, relativeTime } from './row-format.ts';

/** The repo's newest commits: title, date, short sha and authors, all as text. */
export function CommitsList({ d }: { d: HubModelDetail }) {
  // Ages as of when the page was read: a render is no clock.
  const now = d.fetchedAt;
  return (
    <div data-testid="hub-commits" className="space-y-1 text-sm">
      {d.commits.length === 0 && <p className="text-slate-600">No commits were listed.</p>}
      <ol className="space-y-1">
        {d.commits.map((c) => (
          <li key={c.id} data-testid="hub-commit" data-commit-id={c.id} className="[overflow-wrap:anywhere]">
            <span className="font-medium">{c.title || '(no title)'}</span>{' '}
            <span className="text-xs text-slate-700">
              <time dateTime={c.date} title={exactTime(c.date)}>
                {relativeTime(c.date, now)}
              </time>{' '}
              · <code title={c.id}>{c.id.slice(0, 7)}</code>
              {c.authors.length > 0 && ` · ${c.authors.join(', ')}`}
            </span>
          </li>
        ))}
      </ol>
      {!d.commitsComplete && (
        <p className="text-xs text-slate-600">The newest {d.commits.length} are shown.</p>
      )}
    </div>
  );
}
