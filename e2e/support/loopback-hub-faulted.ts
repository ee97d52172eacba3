/**
 * Responses for the faults that replace the response as a whole: `not-found`, `server-error`,
 * `html` and `reset`. (`truncate` and `slow` shape the body; see loopback-hub-body.ts.)
 */
import type { HubFault } from './hub-faults.ts';
import { resetConnection, sendBuffer, sendHubError, type HubExchange } from './loopback-hub-http.ts';

/** What an SPA dev server answers for any unknown path: its index.html, with status 200. */
const SPA_FALLBACK_PAGE = Buffer.from(
  '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Glasspipe</title></head>\n' +
    '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>\n</html>\n',
);

export type WholeResponseFault = Exclude<HubFault, 'truncate' | 'slow'>;

export function replacesResponse(fault: HubFault): fault is WholeResponseFault {
  return fault !== 'truncate' && fault !== 'slow';
}

/**
 * `notFoundCode` is the Hub's X-Error-Code for this route (EntryNotFound for a file,
 * RepositoryNotFound for the model API). The html page ignores any Range header, as a
 * dev server's fallback does: transformers.js then takes its size from Content-Length.
 */
export function sendFaultResponse(ex: HubExchange, fault: WholeResponseFault, notFoundCode: string): void {
  switch (fault) {
    case 'not-found':
      sendHubError(
        ex,
        404,
        notFoundCode,
        notFoundCode === 'EntryNotFound' ? 'Entry not found' : 'Repository not found',
      );
      return;
    case 'server-error':
      sendHubError(
        ex,
        500,
        undefined,
        "Internal Error - We're working hard to fix this as soon as possible!",
      );
      return;
    case 'html':
      sendBuffer(ex, 200, SPA_FALLBACK_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
      return;
    case 'reset':
      resetConnection(ex);
      return;
    default: {
      const unreachable: never = fault;
      throw new Error(`unknown fault ${String(unreachable)}`);
    }
  }
}
