import type { ReactNode } from 'react';
import { JobError } from '../../components/job-error.tsx';
import { formatBytes } from '../../shared/format.ts';
import { LICENSE_GROUP_LABELS } from '../../shared/hub/license-groups.ts';
import type { HubModelDetail } from '../../shared/protocol/index.ts';
import { detailValue, relationLabel, smallestDownload } from './detail-format.ts';
import { compareSlot } from './hub-inputs.ts';
import { formatCount, licenseLabel, taskLabel } from './row-format.ts';
import { useHubModel } from './use-hub-model.ts';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-600">{term}</dt>
      <dd className="[overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

function Facts({ d }: { d: HubModelDetail }) {
  const small = smallestDownload(d);
  return (
    <dl className="space-y-2 text-sm">
      <Row term="Task">{taskLabel(d.pipelineTag)}</Row>
      <Row term="License">
        {licenseLabel(d.license)}
        {d.licenseGroup && ` — ${LICENSE_GROUP_LABELS[d.licenseGroup]}`}
      </Row>
      <Row term="Languages">{d.languages.join(', ') || 'none declared'}</Row>
      <Row term="Base">
        {d.baseModels.map((b) => `${relationLabel(b.relation)} ${b.id}`).join('; ') || 'none declared'}
      </Row>
      <Row term="Downloads · likes">
        {formatCount(d.downloads)} · {formatCount(d.likes)}
      </Row>
      <Row term="Smallest download">
        {small ? `${small.dtype}, ${formatBytes(small.bytes)}` : 'no ONNX weights'}
      </Row>
      <Row term="Size per dtype">
        {d.dtypeDetails.length === 0 ? (
          'none'
        ) : (
          <ul className="font-mono text-xs">
            {d.dtypeDetails.map((x) => (
              <li key={x.dtype}>
                {x.dtype}: {formatBytes(x.bytes)}
                {x.runs.fits === false ? ' (does not fit here)' : ''}
              </li>
            ))}
          </ul>
        )}
      </Row>
    </dl>
  );
}

interface Props {
  index: number;
  model: string;
  onRemove(id: string): void;
  onOpen(id: string): void;
}

/** One model of Compare, read by its own `hub-model` job in slot `hub/compare/<index>`. */
export function CompareColumn({ index, model, onRemove, onOpen }: Props) {
  const { job, retry } = useHubModel(compareSlot(index), model);
  const d = job?.result?.detail ?? null;
  return (
    <section
      aria-label={model}
      data-testid="hub-compare-column"
      data-model-id={model}
      data-value={d ? JSON.stringify(detailValue(d)) : undefined}
      className="min-w-0 space-y-2 rounded border border-slate-200 bg-white p-3"
    >
      <div className="flex items-start gap-2">
        <button
          type="button"
          className="rounded text-left font-mono text-sm font-semibold text-sky-800 underline break-all focus-visible:ring-2 focus-visible:ring-sky-600"
          onClick={() => onOpen(model)}
        >
          {model}
        </button>
        <button
          type="button"
          data-testid="hub-compare-remove"
          className="ml-auto rounded border border-slate-300 px-2 text-xs focus-visible:ring-2 focus-visible:ring-sky-600"
          onClick={() => onRemove(model)}
          aria-label={`Remove ${model} from compare`}
        >
          Remove
        </button>
      </div>
      {job?.status === 'running' && <p className="text-sm text-slate-600">Loading…</p>}
      {job?.error && (
        <JobError error={job.error}>
          <button
            type="button"
            className="mt-2 rounded border border-red-300 bg-white px-2 text-sm"
            onClick={retry}
          >
            Try again
          </button>
        </JobError>
      )}
      {d && <Facts d={d} />}
    </section>
  );
}
