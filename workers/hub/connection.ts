/** The Hub connection of a job: the page's model host, and the worker's fetch behind the verifying wrapper. */
import { JobFailure } from '../error-classifier.ts';
import { createVerifyingFetch } from '../model-store/index.ts';
import type { TaskContext } from '../tasks/task-context.ts';
import type { HubConnection } from './hub-client.ts';

export function hubConnection(ctx: TaskContext): HubConnection {
  const { source } = ctx.message;
  if (source.kind !== 'hub') {
    throw new JobFailure({
      code: 'invalid-settings',
      message: `The app's own model folder (${source.location}) has no Hub API to search; the Hub view needs a model host (hub=).`,
      retryable: false,
    });
  }
  const base = ctx.services.fetch;
  const verifying = createVerifyingFetch((input, init) => base(String(input), init));
  return { hubUrl: source.location.replace(/\/+$/, ''), fetch: (url, init) => verifying(url, init) };
}
