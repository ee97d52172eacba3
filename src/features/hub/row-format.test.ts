import { describe, expect, it } from 'vitest';
import type { HubModelRow } from '../../shared/protocol/index.ts';
import {
  exactTime,
  formatCount,
  gatedLabel,
  licenseGroupLabel,
  licenseLabel,
  relativeTime,
  resultsValue,
} from './row-format.ts';

const NOW = Date.parse('2025-06-15T12:00:00Z');

describe('result rows', () => {
  it('the CONTRACT value has exactly the five keys, in order', () => {
    const row: HubModelRow = {
      id: 'org/name',
      downloads: 5,
      likes: 2,
      lastModified: '2025-01-01T00:00:00.000Z',
      pipeline_tag: null,
      license: 'mit',
      gated: 'manual',
      browserReady: true,
    };
    expect(resultsValue([row])).toEqual([
      {
        id: 'org/name',
        downloads: 5,
        likes: 2,
        lastModified: '2025-01-01T00:00:00.000Z',
        pipeline_tag: null,
      },
    ]);
    expect(Object.keys(resultsValue([row])[0] ?? {})).toEqual([
      'id',
      'downloads',
      'likes',
      'lastModified',
      'pipeline_tag',
    ]);
  });

  it('counts read short', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.2M');
    expect(formatCount(15300)).toBe('15.3K');
  });

  it('dates read relative, and exactly in UTC for a title', () => {
    expect(relativeTime('2025-06-15T11:59:40Z', NOW)).toBe('just now');
    expect(relativeTime('2025-06-15T09:00:00Z', NOW)).toBe('3 hours ago');
    expect(relativeTime('2025-06-14T12:00:00Z', NOW)).toBe('yesterday');
    expect(relativeTime('2025-06-01T12:00:00Z', NOW)).toBe('2 weeks ago');
    expect(relativeTime('2023-01-01T00:00:00Z', NOW)).toBe('2 years ago');
    expect(relativeTime('soon', NOW)).toBe('unknown date');
    expect(exactTime('2025-06-15T09:03:00.000Z')).toBe('2025-06-15 09:03 UTC');
    expect(exactTime('soon')).toBe('soon');
  });

  it('licenses by name and group; gating in words', () => {
    expect(licenseLabel('apache-2.0')).toBe('Apache 2.0');
    expect(licenseLabel('weird-1.0')).toBe('weird-1.0');
    expect(licenseLabel(null)).toBe('No license declared');
    expect(licenseGroupLabel('cc-by-nc-4.0')).toBe('Non-commercial only');
    expect(licenseGroupLabel(null)).toBeNull();
    expect(gatedLabel(false)).toBeNull();
    expect(gatedLabel('auto')).toMatch(/Gated/);
  });
});
