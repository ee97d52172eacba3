import type { HubModelDetail } from '../../shared/protocol/index.ts';
import { hubFinetunesUrl } from './hub-links.ts';
import { formatCount, taskLabel } from './row-format.ts';

interface Props {
  d: HubModelDetail;
  host: string;
  onOpen(id: string): void;
}

/** Models whose cards name this one as the base they were fine-tuned from, most downloaded first. */
export function FinetunesList({ d, host, onOpen }: Props) {
  const { rows, more } = d.finetunes;
  return (
    <div data-testid="hub-finetunes" className="space-y-1 text-sm">
      {rows.length === 0 ? (
        <p className="text-slate-600">No model on this host names it as the base it was fine-tuned from.</p>
      ) : (
        <ul className="space-y-1">
          {rows.map((r) => (
            <li key={r.id} data-testid="hub-finetune" data-model-id={r.id}>
              <button
                type="button"
                className="rounded font-mono text-sky-800 underline break-all hover:text-sky-950 focus-visible:ring-2 focus-visible:ring-sky-600"
                onClick={() => onOpen(r.id)}
              >
                {r.id}
              </button>{' '}
              <span className="text-xs text-slate-600">
                {taskLabel(r.pipeline_tag)} · {formatCount(r.downloads)} downloads
                {r.browserReady ? ' · runs in this browser' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more && (
        <a
          href={hubFinetunesUrl(host, d.id)}
          target="_blank"
          rel="noopener noreferrer"
          className="text-sky-800 underline"
        >
          More fine-tunes on the Hub
        </a>
      )}
    </div>
  );
}
