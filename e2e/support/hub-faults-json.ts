/**
 * The JSON form of fault rules for the `/__hub/faults` control endpoint:
 * `{ "match": "tokenizer.json" | { "regex": "\\.onnx$", "flags": "i" }, "fault": "slow" | null, "times": 2 }`.
 */
import { isHubFault, type ActiveFaultRule, type HubFault, type HubFaultMatch } from './hub-faults.ts';

export interface HubFaultRequest {
  match: HubFaultMatch;
  fault: HubFault | null;
  times?: number;
}

type JsonMatch = string | { regex: string; flags: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseMatch(value: unknown): HubFaultMatch {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value.regex === 'string') {
    const flags = value.flags ?? '';
    if (typeof flags !== 'string') throw new Error('match.flags must be a string');
    return new RegExp(value.regex, flags); // throws SyntaxError on a bad pattern
  }
  throw new Error('match must be a string or {"regex": "...", "flags"?: "..."}');
}

/** Parses a control request body; throws an Error whose message is fit for a 400 response. */
export function parseFaultRequest(value: unknown): HubFaultRequest {
  if (!isRecord(value)) throw new Error('body must be a JSON object');
  const match = parseMatch(value.match);
  const fault = value.fault;
  if (fault !== null && !isHubFault(fault)) {
    throw new Error('fault must be one of not-found, server-error, html, truncate, slow, reset, or null');
  }
  const times = value.times;
  if (times !== undefined && typeof times !== 'number') throw new Error('times must be a number');
  return times === undefined ? { match, fault } : { match, fault, times };
}

export function faultRuleToJson(rule: ActiveFaultRule): {
  match: JsonMatch;
  fault: HubFault;
  remaining: number | null;
} {
  const match =
    typeof rule.match === 'string' ? rule.match : { regex: rule.match.source, flags: rule.match.flags };
  return { match, fault: rule.fault, remaining: rule.remaining ?? null };
}
