/**
 * What went wrong talking to the Hub API, for people. The Hub answers 401 (not 404) for a repo
 * that does not exist, so as not to tell whether a private one does; 429 when the 5-minute
 * rate limit is spent; and a fetch that never reached the host rejects with a bare TypeError.
 */
import type { JobError } from '../../src/shared/protocol/index.ts';
import { JobFailure } from '../error-classifier.ts';
import { apiErrorOf } from './hub-client.ts';

export interface HubErrorSubject {
  host: string;
  /** The model a model page asked for; absent for a search. */
  model?: string;
  revision?: string;
}

function isOffline(): boolean {
  return globalThis.navigator?.onLine === false;
}

export function hubJobError(error: unknown, subject: HubErrorSubject): JobError {
  if (error instanceof JobFailure) return error.jobError;
  const { host, model, revision } = subject;
  const api = apiErrorOf(error);
  const what = model ? `model "${model}"` : 'the model search';
  if (api) {
    const details = `HTTP ${api.status}: ${api.message}`;
    if (model && (api.status === 401 || api.status === 403)) {
      return {
        code: 'model-not-found',
        message: `Model "${model}" was not found on ${host}, or it is private or gated for this browser. Check the id (it is case-sensitive).`,
        retryable: false,
        details,
      };
    }
    if (model && api.status === 404) {
      return {
        code: revision ? 'invalid-settings' : 'model-not-found',
        message: revision
          ? `Model "${model}" has no revision "${revision}" on ${host}.`
          : `Model "${model}" was not found on ${host}.`,
        retryable: false,
        details,
      };
    }
    if (api.status === 429) {
      return {
        code: 'network',
        message: `${host} is limiting requests from this address (HTTP 429); wait a few minutes and try again.`,
        retryable: true,
        details,
      };
    }
    if (api.status === 400) {
      return {
        code: 'invalid-settings',
        message: `${host} refused ${what}: ${api.message}`,
        retryable: false,
        details,
      };
    }
    return {
      code: 'network',
      message: `${host} answered ${what} with HTTP ${api.status}. The host may be down or not a Hub mirror; try again later.`,
      retryable: true,
      details,
    };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof SyntaxError) {
    return {
      code: 'network',
      message: `${host} answered ${what} with something that is not the Hub API's JSON. Is ${host} a Hugging Face Hub or a mirror of it?`,
      retryable: false,
      details: detail,
    };
  }
  return {
    code: isOffline() ? 'offline' : 'network',
    message: isOffline()
      ? `This browser is offline, so ${host} cannot be searched.`
      : `Could not reach ${host} for ${what}. Check the connection, or the model host (hub=).`,
    retryable: true,
    details: detail,
  };
}

export function hubFailure(error: unknown, subject: HubErrorSubject): JobFailure {
  return error instanceof JobFailure ? error : new JobFailure(hubJobError(error, subject));
}
