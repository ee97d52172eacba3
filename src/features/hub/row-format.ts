/** How a result row reads: counts, dates, license, gating, and the CONTRACT's JSON of the rows. */
import { LICENSE_CHOICES, LICENSE_GROUP_LABELS, licenseGroupOf } from '../../shared/hub/license-groups.ts';
import type { HubModelRow } from '../../shared/protocol/index.ts';

/** CONTRACT `hub-results`: exactly these five keys per row, in the order shown. */
export function resultsValue(rows: readonly HubModelRow[]) {
  return rows.map((r) => ({
    id: r.id,
    downloads: r.downloads,
    likes: r.likes,
    lastModified: r.lastModified,
    pipeline_tag: r.pipeline_tag,
  }));
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en');

/** 1234567 → "1.2M"; the exact figure goes in a title. */
export const formatCount = (n: number) => compact.format(n);
export const formatExactCount = (n: number) => exact.format(n);

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "last year"; "unknown date" for what is not a date. */
export function relativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'unknown date';
  const seconds = Math.round((then - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** "2024-05-01 14:03 UTC": the same everywhere, for a title. */
export function exactTime(iso: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  return `${new Date(then).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The license as people name it, or the id itself. */
export function licenseLabel(license: string | null): string {
  if (license === null || license.trim() === '') return 'No license declared';
  return LICENSE_CHOICES.find((c) => c.id === license.toLowerCase())?.label ?? license;
}

/** The license's group in words (LICENSE_GROUP_LABELS), or null when none is declared. */
export function licenseGroupLabel(license: string | null): string | null {
  const group = licenseGroupOf(license);
  return group === null ? null : LICENSE_GROUP_LABELS[group];
}

export function gatedLabel(gated: HubModelRow['gated']): string | null {
  if (gated === false) return null;
  return gated === 'auto' ? 'Gated: access is granted on request' : 'Gated: the authors approve each request';
}

export const taskLabel = (tag: string | null) => tag ?? 'no task';
