import { useEffect, useRef, type ReactNode } from 'react';
import { DownloadProgress } from '../../components/download-progress.tsx';
import { JobError } from '../../components/job-error.tsx';
import type { HubModelResult } from '../../shared/protocol/index.ts';
import { CommitsList } from './commits-list.tsx';
import { detailValue } from './detail-format.ts';
import { DetailFacts } from './detail-facts.tsx';
import { DtypesTable } from './dtypes-table.tsx';
import { FamilySizes } from './family-sizes.tsx';
import { FinetunesList } from './finetunes-list.tsx';
import { MODEL_SLOT } from './hub-inputs.ts';
import { useHub } from './hub-store.ts';
import { ModelActions } from './model-actions.tsx';
import { useHubModel } from './use-hub-model.ts';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-1">
      <h4 className="text-sm font-semibold">{title}</h4>
      {children}
    </section>
  );
}

function DetailBody({ result, onOpen }: { result: HubModelResult; onOpen(id: string): void }) {
  const d = result.detail;
  return (
    <div data-testid="hub-model-detail" data-value={JSON.stringify(detailValue(d))} className="space-y-4">
      <ModelActions d={d} />
      <DetailFacts d={d} onOpen={onOpen} />
      <Part title="Sizes per dtype">
        <DtypesTable d={d} />
      </Part>
      <Part title="Other sizes of its family">
        <FamilySizes modelId={d.id} onOpen={onOpen} />
      </Part>
      <Part title="Fine-tunes">
        <FinetunesList d={d} host={result.host} onOpen={onOpen} />
      </Part>
      <Part title="Recent commits">
        <CommitsList d={d} />
      </Part>
    </div>
  );
}

/** The open model's page, read by a `hub-model` job in slot `hub/model`. */
export function ModelDetail({ model }: { model: string }) {
  const { job, retry } = useHubModel(MODEL_SLOT, model);
  const openModel = useHub((s) => s.openModel);
  const set = useHub((s) => s.set);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // On a narrow screen the detail is below the results: bring it into view, leaving the focus where it is.
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [model]);
  return (
    <section
      aria-labelledby="hub-detail-heading"
      className="min-w-0 space-y-3 rounded border border-slate-200 p-3"
    >
      <div className="flex items-start gap-2">
        <h3
          id="hub-detail-heading"
          ref={heading}
          tabIndex={-1}
          className="font-mono text-base font-semibold break-all"
        >
          {model}
        </h3>
        <button
          type="button"
          className="ml-auto rounded border border-slate-300 px-2 text-sm focus-visible:ring-2 focus-visible:ring-sky-600"
          onClick={() => set({ model: null })}
          aria-label="Close the model detail"
        >
          Close
        </button>
      </div>
      {job?.status === 'running' && (
        <p role="status" className="text-sm text-slate-600">
          Reading the model’s page, files and history…
        </p>
      )}
      {job?.download && <DownloadProgress download={job.download} />}
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
      {job?.status === 'cancelled' && <p className="text-sm">Cancelled.</p>}
      {job?.result && <DetailBody result={job.result} onOpen={openModel} />}
    </section>
  );
}
