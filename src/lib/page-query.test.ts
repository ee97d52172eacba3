import { describe, expect, it } from 'vitest';
import { foldHashQuery, hashPath } from './page-query.ts';

describe('foldHashQuery', () => {
  it('moves a query after the hash before it; the value after the hash wins', () => {
    expect(foldHashQuery('http://app/?hub=http%3A%2F%2Fh&model=a#/hub?model=org%2Fb&x=1')).toBe(
      'http://app/?hub=http%3A%2F%2Fh&model=org%2Fb&x=1#/hub',
    );
  });
  it('keeps repeated keys of the hash query (the lab has one text= per row)', () => {
    expect(foldHashQuery('http://app/?text=old#/tokenizer?text=a&text=b')).toBe(
      'http://app/?text=a&text=b#/tokenizer',
    );
  });
  it('leaves a URL without a hash query alone', () => {
    expect(foldHashQuery('http://app/?model=a#/summarize')).toBeNull();
  });
});

describe('hashPath', () => {
  it.each([
    ['#/summarize', '/summarize'],
    ['#/tasks/sentiment?model=x', '/tasks/sentiment'],
    ['#summarize', '/summarize'],
    ['', '/'],
  ])('%s → %s', (hash, path) => {
    expect(hashPath(hash)).toBe(path);
  });
});
