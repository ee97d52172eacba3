import { StageCard, type StageState } from '../../components/generation/stage-card.tsx';
import { formatBytes } from '../../shared/format.ts';
import type { MemoryEstimate } from '../../shared/protocol/index.ts';
import type { JobOfKind } from '../../store/apply-worker-event.ts';

const bytes = (n: number | null) => (n === null ? 'unknown' : formatBytes(n));

/** Fits or not, in words and a mark (never colour alone). */
function Verdict({ e }: { e: MemoryEstimate }) {
  const against =
    e.budgetBytes === null ? 'this device gives no figure' : `${formatBytes(e.budgetBytes)} allowed`;
  return (
    <p
      data-testid="generate-fits"
      data-value={JSON.stringify({ fits: e.fits })}
      className={`rounded p-2 font-medium ${e.fits ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900'}`}
    >
      <span aria-hidden="true">{e.fits ? '✔ ' : '✖ '}</span>
      {e.fits ? 'Fits this device' : 'Too big for this device'}: about {formatBytes(e.totalBytes)} needed,{' '}
      {against}.
    </p>
  );
}

/** Stage 1: what the model needs before it downloads (the ONNX files of the dtype, the KV cache). */
export function EstimateStage({ job, index }: { job: JobOfKind<'generate'>; index: number }) {
  const e = job.estimate ?? job.result?.estimate ?? null;
  const state: StageState = e ? 'done' : job.status === 'running' ? 'running' : 'waiting';
  return (
    <StageCard index={index} title="Model & memory" state={state} testId="stage-estimate">
      {e && (
        <div className="space-y-2 text-xs" data-testid="generate-estimate" data-value={JSON.stringify(e)}>
          <p>
            <code className="break-all">{e.model}</code> in <strong>{e.dtype}</strong> on{' '}
            <strong>{e.device}</strong>
            {job.runtime && (job.runtime.device !== e.device || job.runtime.dtype !== e.dtype) && (
              <>
                {' '}
                (ran on {job.runtime.device}, {job.runtime.dtype}
                {job.runtime.reason ? `: ${job.runtime.reason}` : ''})
              </>
            )}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-semibold">Weights</dt>
            <dd>
              {bytes(e.weightsBytes)}{' '}
              {e.files
                ? `(${e.files.length} ONNX file${e.files.length === 1 ? '' : 's'} for ${e.dtype})`
                : '(from the parameter count in config.json: the host gave no file sizes)'}
            </dd>
            <dt className="font-semibold">KV cache</dt>
            <dd>
              {formatBytes(e.kvCacheBytes)} for {e.tokens} positions × {e.rows} row{e.rows === 1 ? '' : 's'}
            </dd>
            <dt className="font-semibold">Total</dt>
            <dd>{formatBytes(e.totalBytes)} (weights + cache + logits, at the last step)</dd>
            <dt className="font-semibold">This device</dt>
            <dd>
              {bytes(e.budgetBytes)} ({e.budgetSource})
            </dd>
          </dl>
          <Verdict e={e} />
          {e.files && e.files.length > 0 && (
            <details>
              <summary className="cursor-pointer">Files</summary>
              <ul className="mt-1 space-y-0.5">
                {e.files.map((f) => (
                  <li key={f.file} className="flex justify-between gap-2 font-mono">
                    <span className="truncate" title={f.file}>
                      {f.file}
                    </span>
                    <span className="tabular-nums">{formatBytes(f.bytes)}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </StageCard>
  );
}
