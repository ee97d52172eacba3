import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_URL, normaliseHubUrl, resolveHubUrl } from './model-host.ts';

describe('normaliseHubUrl', () => {
  it.each([
    ['http://127.0.0.1:8765/', 'http://127.0.0.1:8765'],
    ['  https://hf-mirror.com  ', 'https://hf-mirror.com'],
    ['https://example.org/mirror/', 'https://example.org/mirror'],
    ['ftp://x', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseHubUrl(raw)).toBe(expected);
  });
});

describe('resolveHubUrl', () => {
  it('prefers the query parameter, then saved, then build time', () => {
    expect(resolveHubUrl({ queryParam: 'http://a', saved: 'http://b', buildTime: 'http://c' })).toEqual({
      url: 'http://a',
      from: 'query',
    });
    expect(resolveHubUrl({ queryParam: null, saved: 'http://b', buildTime: 'http://c' }).from).toBe('saved');
    expect(resolveHubUrl({ queryParam: null, saved: null, buildTime: 'http://c' }).from).toBe('build');
  });
  it('skips invalid values and falls back to the Hub', () => {
    expect(resolveHubUrl({ queryParam: 'garbage', saved: null, buildTime: undefined })).toEqual({
      url: DEFAULT_HUB_URL,
      from: 'default',
    });
  });
});
