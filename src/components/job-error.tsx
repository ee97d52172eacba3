import type { ReactNode } from 'react';
import type { JobError as JobErrorValue } from '../shared/protocol/index.ts';

/**
 * The error region of a view: a specific message for people; the runtime's own text (long, with
 * build paths) only in a collapsed block that wraps, so it never widens the page.
 */
export function JobError({ error, children }: { error: JobErrorValue; children?: ReactNode }) {
  return (
    <div
      role="alert"
      data-testid="job-error"
      data-value={JSON.stringify({ code: error.code })}
      className="min-w-0 rounded border-l-4 border-red-600 bg-red-50 p-3 text-sm text-red-900 [overflow-wrap:anywhere]"
    >
      <p className="font-semibold">
        <span aria-hidden="true">✖ </span>
        {error.message}
      </p>
      {error.retryable && <p className="mt-1 text-red-800">This may work if you try again.</p>}
      {error.details && (
        <details data-testid="job-error-details" className="mt-2">
          <summary className="cursor-pointer text-red-800">Technical details</summary>
          <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-white/70 p-2 font-mono text-xs [overflow-wrap:anywhere]">
            {error.details}
          </pre>
        </details>
      )}
      {children}
    </div>
  );
}
