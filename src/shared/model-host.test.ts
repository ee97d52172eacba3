import { describe, expect, it } from 'vitest';
import { checkHubUrl, DEFAULT_HUB_URL, normaliseHubUrl, resolveHubUrl } from './model-host.ts';

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
      rejected: [],
    });
    expect(resolveHubUrl({ queryParam: null, saved: 'http://b', buildTime: 'http://c' }).from).toBe('saved');
    expect(resolveHubUrl({ queryParam: null, saved: null, buildTime: 'http://c' }).from).toBe('build');
  });
  it('skips invalid values and falls back to the Hub, saying which value was refused and why', () => {
    expect(resolveHubUrl({ queryParam: 'javascript:alert(1)', saved: null, buildTime: undefined })).toEqual({
      url: DEFAULT_HUB_URL,
      from: 'default',
      rejected: [
        {
          value: 'javascript:alert(1)',
          from: 'query',
          reason: 'only http and https addresses can serve models, not javascript:',
        },
      ],
    });
    const saved = resolveHubUrl({ queryParam: 'garbage', saved: 'http://b', buildTime: undefined });
    expect(saved).toMatchObject({ url: 'http://b', from: 'saved' });
    expect(saved.rejected).toEqual([
      { value: 'garbage', from: 'query', reason: expect.stringContaining('not a web address') },
    ]);
  });
});

describe('checkHubUrl', () => {
  it.each([
    ['file:///etc/passwd', 'not file:'],
    ['http://user:secret@mirror.example', 'user name or password'],
    ['   ', 'empty'],
  ])('refuses %s (%s)', (raw, reason) => {
    const checked = checkHubUrl(raw);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toContain(reason);
  });
});
