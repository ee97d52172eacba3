/**
 * Runtime control over HTTP, for a Playwright test or a person with curl:
 * - `POST /__hub/faults` `{"match": "x.onnx" | {"regex": "..."}, "fault": "slow" | null, "times"?: 1}`
 * - `GET /__hub/faults` lists the rules, `DELETE /__hub/faults` clears them
 * - `GET /__hub/requests` returns the request log, `POST /__hub/requests/clear` empties it
 * - `POST /__hub/page-size` `{"value": 8}` caps every page of the model API (list, tree,
 *   commits) at 8, so Link pagination shows with a few models; `{"value": null}` restores the
 *   start-up cap (the `maxPageSize` option, 1000 by default, like the Hub); `GET` reads it
 * Control requests are never faulted and never logged.
 */
import { faultRuleToJson, parseFaultRequest } from './hub-faults-json.ts';
import type { HubFaultTable } from './hub-faults.ts';
import { sendHubError, sendJson, type HubExchange, type HubRequestLog } from './loopback-hub-http.ts';

/** The model API's page cap, settable at runtime. */
export interface PageSizeControl {
  readonly value: number;
  readonly initial: number;
  /** null restores `initial`. */
  set(value: number | null): void;
}

export interface ControlContext {
  faults: HubFaultTable;
  requests: HubRequestLog[];
  pageSize: PageSizeControl;
}

const MAX_BODY_BYTES = 64 * 1024;

async function readJsonBody(ex: HubExchange): Promise<unknown> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of ex.req) {
    if (!Buffer.isBuffer(chunk)) throw new Error('expected a byte stream');
    total += chunk.length;
    if (total > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function setFaultFromBody(ex: HubExchange, ctx: ControlContext): Promise<void> {
  try {
    const request = parseFaultRequest(await readJsonBody(ex));
    ctx.faults.set(request.match, request.fault, request.times);
  } catch (error) {
    sendHubError(ex, 400, 'BadRequest', error instanceof Error ? error.message : String(error));
    return;
  }
  sendJson(ex, 200, ctx.faults.list().map(faultRuleToJson));
}

function pageSizeJson(ctx: ControlContext): { value: number; default: number } {
  return { value: ctx.pageSize.value, default: ctx.pageSize.initial };
}

async function setPageSizeFromBody(ex: HubExchange, ctx: ControlContext): Promise<void> {
  try {
    const body = await readJsonBody(ex);
    const value = typeof body === 'object' && body !== null && 'value' in body ? body.value : undefined;
    if (value !== null && !(typeof value === 'number' && Number.isInteger(value) && value > 0)) {
      throw new Error('body must be {"value": <positive integer>} or {"value": null}');
    }
    ctx.pageSize.set(value);
  } catch (error) {
    sendHubError(ex, 400, 'BadRequest', error instanceof Error ? error.message : String(error));
    return;
  }
  sendJson(ex, 200, pageSizeJson(ctx));
}

export async function handleControl(ex: HubExchange, action: string, ctx: ControlContext): Promise<void> {
  const method = ex.req.method ?? 'GET';
  const key = `${method} ${action}`;
  switch (key) {
    case 'GET faults':
      return sendJson(ex, 200, ctx.faults.list().map(faultRuleToJson));
    case 'POST faults':
      return setFaultFromBody(ex, ctx);
    case 'DELETE faults':
      ctx.faults.clear();
      return sendJson(ex, 200, []);
    case 'GET requests':
      return sendJson(ex, 200, ctx.requests);
    case 'POST requests/clear':
      ctx.requests.length = 0;
      return sendJson(ex, 200, []);
    case 'GET page-size':
      return sendJson(ex, 200, pageSizeJson(ctx));
    case 'POST page-size':
      return setPageSizeFromBody(ex, ctx);
    default:
      return sendHubError(ex, 404, undefined, `Unknown control request: ${key}`);
  }
}
