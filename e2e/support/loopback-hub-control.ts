/**
 * Runtime control over HTTP, for a Playwright test or a person with curl:
 * - `POST /__hub/faults` `{"match": "x.onnx" | {"regex": "..."}, "fault": "slow" | null, "times"?: 1}`
 * - `GET /__hub/faults` lists the rules, `DELETE /__hub/faults` clears them
 * - `GET /__hub/requests` returns the request log, `POST /__hub/requests/clear` empties it
 * Control requests are never faulted and never logged.
 */
import { faultRuleToJson, parseFaultRequest } from './hub-faults-json.ts';
import type { HubFaultTable } from './hub-faults.ts';
import { sendHubError, sendJson, type HubExchange, type HubRequestLog } from './loopback-hub-http.ts';

export interface ControlContext {
  faults: HubFaultTable;
  requests: HubRequestLog[];
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
    default:
      return sendHubError(ex, 404, undefined, `Unknown control request: ${key}`);
  }
}
