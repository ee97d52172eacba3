/**
 * What a person typed as a model id, checked before it goes anywhere near a URL or a file
 * path. Every view that takes a model id uses this, so they all answer bad ids the same way.
 */
import { isValidModelId } from './model-catalog.ts';
import type { JobError } from './protocol/index.ts';

/** Long pastes (an article in the model field) are shortened in the message, not echoed whole. */
const MAX_SHOWN_CHARS = 80;

function shown(id: string): string {
  return id.length > MAX_SHOWN_CHARS ? `${id.slice(0, MAX_SHOWN_CHARS)}…` : id;
}

/**
 * The error for an id that cannot name a model (`example` is a real id for the view), or null
 * when `id` has the Hub's form `name` or `org/name`. The caller trims surrounding spaces.
 */
export function modelIdError(id: string, example: string): JobError | null {
  if (id.trim() === '') {
    return {
      code: 'empty-input',
      message: `Enter a model id, for example "${example}".`,
      retryable: false,
    };
  }
  if (!isValidModelId(id)) {
    return {
      code: 'model-not-found',
      message: `"${shown(id)}" is not a model id. Use the form org/name, for example "${example}".`,
      retryable: false,
    };
  }
  return null;
}
