import { describe, expect, it } from 'vitest';
import { buildRefs, resolveRevision } from './loopback-hub-history.ts';

const input = {
  repoId: 'org/model',
  author: 'org',
  commits: [
    { title: 'initial commit' },
    { title: 'Upload weights', author: 'someone' },
    { title: 'Update README.md' },
  ],
  createdAt: '2024-01-01T00:00:00.000Z',
  lastModified: '2024-01-03T00:00:00.000Z',
};

describe('buildRefs', () => {
  it('dates the commits from createdAt to lastModified, newest first, with 40-hex ids', () => {
    const main = buildRefs(input).get('main') ?? [];
    expect(main.map((c) => [c.title, c.author, c.date])).toEqual([
      ['Update README.md', 'org', '2024-01-03T00:00:00.000Z'],
      ['Upload weights', 'someone', '2024-01-02T00:00:00.000Z'],
      ['initial commit', 'org', '2024-01-01T00:00:00.000Z'],
    ]);
    expect(main.every((c) => /^[0-9a-f]{40}$/.test(c.id))).toBe(true);
    expect(new Set(main.map((c) => c.id)).size).toBe(3);
    expect(
      buildRefs(input)
        .get('main')
        ?.map((c) => c.id),
    ).toEqual(main.map((c) => c.id));
  });

  it('gives the newest commit a fixed id, tags it, and stacks a pull request on main', () => {
    const refs = buildRefs({
      ...input,
      newestId: 'a'.repeat(40),
      tags: ['v1.0'],
      pullRequest: { title: 'Fix config' },
    });
    expect(refs.get('main')?.[0]?.id).toBe('a'.repeat(40));
    expect(refs.get('v1.0')).toBe(refs.get('main'));
    const pr = refs.get('refs/pr/1') ?? [];
    expect(pr.map((c) => c.title)).toEqual([
      'Fix config',
      'Update README.md',
      'Upload weights',
      'initial commit',
    ]);
  });

  it('starts the history of a repo older than its legacy createdAt before its last commit', () => {
    const legacy = buildRefs({
      ...input,
      createdAt: '2022-03-02T23:29:04.000Z',
      lastModified: '2021-06-14T00:00:00.000Z',
    });
    const dates = (legacy.get('main') ?? []).map((c) => c.date);
    expect(dates).toEqual([
      '2021-06-14T00:00:00.000Z',
      '2021-03-16T00:00:00.000Z',
      '2020-12-16T00:00:00.000Z',
    ]);
  });
});

describe('resolveRevision', () => {
  const refs = buildRefs({ ...input, tags: ['v1.0'], pullRequest: { title: 'Fix config' } });
  const main = refs.get('main') ?? [];

  it('reads HEAD, main, refs/heads/main, tags and refs/pr/N', () => {
    for (const revision of ['HEAD', 'main', 'refs/heads/main', 'v1.0', 'refs/tags/v1.0']) {
      expect(resolveRevision(refs, revision), revision).toBe(main);
    }
    expect(resolveRevision(refs, 'refs/pr/1')?.[0]?.title).toBe('Fix config');
  });

  it('reads a full commit id as that commit and its ancestors; anything else is unknown', () => {
    const older = main[1];
    expect(resolveRevision(refs, older?.id ?? '')?.map((c) => c.id)).toEqual(main.slice(1).map((c) => c.id));
    expect(resolveRevision(refs, 'b'.repeat(40))).toBeUndefined();
    expect(resolveRevision(refs, 'dev')).toBeUndefined();
    expect(resolveRevision(refs, older?.id.slice(0, 7) ?? '')).toBeUndefined();
  });
});
