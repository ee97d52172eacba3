/**
 * Fault injection for the loopback hub: which broken-host behaviour to play for which request.
 *
 * A rule matches a request by its URL path (a string matches as a substring, a RegExp by
 * search). When several rules match, the most recently set one wins, so a fault set at runtime
 * overrides one set at start. A rule with `times` is used up after that many requests it
 * actually fired on, then removed.
 */

export const HUB_FAULTS = ['not-found', 'server-error', 'html', 'truncate', 'slow', 'reset'] as const;
export type HubFault = (typeof HUB_FAULTS)[number];
export type HubFaultMatch = string | RegExp;

export interface HubFaultRule {
  match: HubFaultMatch;
  fault: HubFault;
  times?: number;
}

/**
 * `full` is a GET without a Range header (the real download). `probe` is a HEAD or any Range
 * request, such as the `Range: bytes=0-0` request transformers.js sends before each download
 * to learn the file's size.
 */
export type HubRequestKind = 'full' | 'probe';

export function isHubFault(value: unknown): value is HubFault {
  return HUB_FAULTS.some((fault) => fault === value);
}

/**
 * Faults that shape the response body only fire on full downloads: cutting or slowing a
 * 1-byte probe says nothing about the download. The others fire on probes too, so a broken
 * host is noticed at the probe, as it is with a real one.
 */
export function faultFiresOn(fault: HubFault, kind: HubRequestKind): boolean {
  return kind === 'full' || (fault !== 'truncate' && fault !== 'slow');
}

export interface ActiveFaultRule {
  readonly match: HubFaultMatch;
  readonly fault: HubFault;
  /** Requests left before the rule is removed; undefined = unlimited. */
  remaining: number | undefined;
}

function sameMatch(a: HubFaultMatch, b: HubFaultMatch): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.source === b.source && a.flags === b.flags;
}

function matches(match: HubFaultMatch, path: string): boolean {
  // `search` ignores `lastIndex`, so a RegExp with the g or y flag still matches every time.
  return typeof match === 'string' ? path.includes(match) : path.search(match) !== -1;
}

export function validateTimes(times: number | undefined): void {
  if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
    throw new RangeError(`times must be a positive integer, got ${String(times)}`);
  }
}

export class HubFaultTable {
  private rules: ActiveFaultRule[] = [];

  /** Sets the fault for `match`, replacing a rule with the same match; `null` removes it. */
  set(match: HubFaultMatch, fault: HubFault | null, times?: number): void {
    validateTimes(times);
    this.rules = this.rules.filter((rule) => !sameMatch(rule.match, match));
    if (fault !== null) this.rules.push({ match, fault, remaining: times });
  }

  clear(): void {
    this.rules = [];
  }

  /** The rule that fires for this request, without using it up (see `use`). */
  find(path: string, kind: HubRequestKind): ActiveFaultRule | undefined {
    return this.rules.findLast((rule) => faultFiresOn(rule.fault, kind) && matches(rule.match, path));
  }

  /** Counts one firing of `rule`, and removes it once its `times` are spent. */
  use(rule: ActiveFaultRule): void {
    if (rule.remaining === undefined) return;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((other) => other !== rule);
  }

  list(): readonly ActiveFaultRule[] {
    return this.rules;
  }
}
