/**
 * Expected failures of a pull. The CLI prints `message` (and `hint`) without a stack trace;
 * anything that is not a PullError is a bug and is printed in full.
 */

export type PullErrorCode =
  | 'usage' // bad arguments
  | 'not-found' // the model (repo or revision) does not exist
  | 'missing-file' // a file the chosen dtype needs is not in the repo
  | 'server' // the host answered with an error status
  | 'html' // the host answered with a web page instead of the file
  | 'network' // the host could not be reached
  | 'interrupted' // the connection was cut mid-file; the `.part` is kept for a resume
  | 'verify' // size or sha256 did not match
  | 'io'; // the output folder could not be written

export class PullError extends Error {
  override readonly name = 'PullError';

  constructor(
    readonly code: PullErrorCode,
    message: string,
    /** A next step for the user, printed on its own line. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Node's fetch wraps the real reason (ECONNREFUSED, "other side closed") in `cause`. */
export function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'no response in time';
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    return code && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
  }
  return error.message;
}
