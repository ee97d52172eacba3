import type { ReactNode } from 'react';
import { LICENSE_GROUP_LABELS } from '../../shared/hub/license-groups.ts';
import type { HubModelDetail } from '../../shared/protocol/index.ts';
import { relationLabel } from './detail-format.ts';
import { safeLicenseLink } from './hub-links.ts';
import {
  exactTime,
  formatCount,
  formatExactCount,
  gatedLabel,
  licenseLabel,
  relativeTime,
  taskLabel,
} from './row-format.ts';

const LINK_BUTTON =
  'rounded font-mono text-sky-800 underline break-all hover:text-sky-950 focus-visible:ring-2 focus-visible:ring-sky-600';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

const listOrNone = (items: readonly string[], none: string) => (items.length > 0 ? items.join(', ') : none);

function License({ d }: { d: HubModelDetail }) {
  const link = safeLicenseLink(d.licenseLink);
  return (
    <>
      {licenseLabel(d.license)}
      {d.licenseGroup && <span className="text-slate-700"> — {LICENSE_GROUP_LABELS[d.licenseGroup]}</span>}
      {d.licenseName && <span className="block">Named on the card: {d.licenseName}</span>}
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer" className="block text-sky-800 underline">
          The license text (opens the card’s link)
        </a>
      ) : (
        d.licenseLink && (
          <span className="block text-slate-600">Link on the card (not https): {d.licenseLink}</span>
        )
      )}
    </>
  );
}

/** The card and repo facts of one model; base models open in the detail. */
export function DetailFacts({ d, onOpen }: { d: HubModelDetail; onOpen(id: string): void }) {
  // Ages as of when the page was read: a render is no clock.
  const now = d.fetchedAt;
  return (
    <dl className="space-y-1 text-sm">
      <Fact term="Author">{d.author ?? 'unknown'}</Fact>
      <Fact term="Task">{taskLabel(d.pipelineTag)}</Fact>
      <Fact term="Library">{d.libraryName ?? 'not declared'}</Fact>
      <Fact term="License">
        <License d={d} />
      </Fact>
      <Fact term="Languages">{listOrNone(d.languages, 'none declared')}</Fact>
      <Fact term="Datasets">{listOrNone(d.datasets, 'none declared')}</Fact>
      <Fact term="Base models">
        {d.baseModels.length === 0 ? (
          'none declared'
        ) : (
          <ul data-testid="hub-base-models">
            {d.baseModels.map((b) => (
              <li key={b.id}>
                {relationLabel(b.relation)}{' '}
                <button
                  type="button"
                  className={LINK_BUTTON}
                  data-model-id={b.id}
                  onClick={() => onOpen(b.id)}
                >
                  {b.id}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Fact>
      <Fact term="Downloads">
        <span title={formatExactCount(d.downloads)}>{formatCount(d.downloads)}</span> (last 30 days)
      </Fact>
      <Fact term="Likes">
        <span title={formatExactCount(d.likes)}>{formatCount(d.likes)}</span>
      </Fact>
      <Fact term="Last modified">
        <span title={exactTime(d.lastModified)}>{relativeTime(d.lastModified, now)}</span>
      </Fact>
      <Fact term="Created">
        {d.createdAt ? (
          <span title={exactTime(d.createdAt)}>{relativeTime(d.createdAt, now)}</span>
        ) : (
          'unknown'
        )}
      </Fact>
      <Fact term="Access">{gatedLabel(d.gated) ?? 'Open: no access request needed'}</Fact>
      <Fact term="Tags">
        <details>
          <summary className="cursor-pointer">{d.tags.length} tags</summary>
          <ul className="mt-1 flex flex-wrap gap-1 font-mono text-xs">
            {d.tags.map((t) => (
              <li key={t} className="rounded bg-slate-100 px-1">
                {t}
              </li>
            ))}
          </ul>
        </details>
      </Fact>
    </dl>
  );
}
