import type { ReactNode } from 'react';
import type { JobError as JobErrorValue } from '../shared/protocol.ts';

/** The error region of a view: a specific message, never a raw stack. */
export function JobError({ error, children }: { error: JobErrorValue; children?: ReactNode }) {
  return (
    <div
      role="alert"
      data-testid="job-error"
      data-value={JSON.stringify({ code: error.code })}
      className="rounded border-l-4 border-red-600 bg-red-50 p-3 text-sm text-red-900"
    >
      <p className="font-semibold">
        <span aria-hidden="true">✖ </span>
        {error.message}
      </p>
      {error.retryable && <p className="mt-1 text-red-800">This may work if you try again.</p>}
      {children}
    </div>
  );
}
