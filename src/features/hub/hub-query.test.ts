import { describe, expect, it } from 'vitest';
import type { HubQuery } from '../../shared/protocol/index.ts';
import { DEFAULT_INPUTS } from './hub-inputs.ts';
import {
  describeQuery,
  licenseFilterOf,
  licenseValueOf,
  queryKey,
  readHubQuery,
  toHubQuery,
} from './hub-query.ts';

describe('the search job’s query', () => {
  it('maps the inputs, with the debounced text trimmed, and empty filters as null', () => {
    expect(toHubQuery(DEFAULT_INPUTS, '  bart ')).toEqual({
      search: 'bart',
      task: null,
      browserOnly: false,
      license: null,
      language: null,
      sort: 'downloads',
    });
    const q = toHubQuery(
      {
        ...DEFAULT_INPUTS,
        task: 'translation',
        browser: true,
        license: 'group:permissive',
        lang: 'de',
        sort: 'likes',
      },
      '',
    );
    expect(q).toEqual({
      search: '',
      task: 'translation',
      browserOnly: true,
      license: { group: 'permissive' },
      language: 'de',
      sort: 'likes',
    });
  });

  it('license values: a group, a listed exact id, nothing else', () => {
    expect(licenseFilterOf('group:custom')).toEqual({ group: 'custom' });
    expect(licenseFilterOf('mit')).toEqual({ exact: 'mit' });
    expect(licenseFilterOf('group:other')).toBeNull();
    expect(licenseFilterOf('my-license')).toBeNull();
    expect(licenseFilterOf('')).toBeNull();
    expect(licenseValueOf({ group: 'custom' })).toBe('group:custom');
    expect(licenseValueOf({ exact: 'mit' })).toBe('mit');
    expect(licenseValueOf(null)).toBe('');
  });

  it('one key per query whatever the property order', () => {
    const a: HubQuery = {
      search: 'x',
      task: null,
      browserOnly: true,
      license: { exact: 'mit' },
      language: null,
      sort: 'likes',
    };
    const b = {
      sort: 'likes',
      language: null,
      license: { exact: 'mit' },
      browserOnly: true,
      task: null,
      search: 'x',
    } as const;
    expect(queryKey(a)).toBe(queryKey(b));
    expect(queryKey(a)).not.toBe(queryKey({ ...a, license: { group: 'permissive' } }));
  });

  it('reads a stored query back, refusing anything malformed', () => {
    const q: HubQuery = {
      search: '',
      task: 'summarization',
      browserOnly: false,
      license: { group: 'custom' },
      language: 'en',
      sort: 'downloads',
    };
    expect(readHubQuery(JSON.parse(JSON.stringify(q)))).toEqual(q);
    expect(readHubQuery({ ...q, sort: 'stars' })).toBeNull();
    expect(readHubQuery({ ...q, license: { group: 'free' } })).toBeNull();
    expect(readHubQuery({ ...q, license: 'mit' })).toBeNull();
    expect(readHubQuery({ ...q, browserOnly: 'yes' })).toBeNull();
    expect(readHubQuery(null)).toBeNull();
    expect(readHubQuery('query')).toBeNull();
  });

  it('describes a query in words', () => {
    expect(
      describeQuery({
        search: 't5',
        task: 'translation',
        browserOnly: true,
        license: { exact: 'mit' },
        language: 'fr',
        sort: 'likes',
      }),
    ).toBe('“t5”, task translation, runs in this browser, license mit, language fr, sorted by likes');
  });
});
