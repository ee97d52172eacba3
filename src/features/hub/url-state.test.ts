import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type HubInputs } from './hub-inputs.ts';
import { hubStateFromQuery, parseCompare, writeHubState } from './url-state.ts';

const full: HubInputs = {
  q: 'distilbart cnn',
  task: 'summarization',
  browser: true,
  license: 'group:non-commercial',
  lang: 'fr',
  sort: 'trendingScore',
  model: 'Xenova/distilbart-cnn-6-6',
  compare: ['Xenova/t5-small', 'Xenova/flan-t5-small', 'Xenova/distilbart-cnn-6-6'],
  tab: 'compare',
};

describe('Hub state in the URL', () => {
  it('round-trips every key and leaves other keys as they are', () => {
    const params = new URLSearchParams('hub=http%3A%2F%2Fh&device=wasm');
    writeHubState(params, full);
    expect(params.get('hub')).toBe('http://h');
    expect(params.get('device')).toBe('wasm');
    expect(params.get('browser')).toBe('1');
    expect(params.get('compare')).toBe('Xenova/t5-small,Xenova/flan-t5-small,Xenova/distilbart-cnn-6-6');
    expect(hubStateFromQuery(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('an exact license round-trips too', () => {
    const params = new URLSearchParams();
    writeHubState(params, { ...DEFAULT_INPUTS, license: 'apache-2.0' });
    expect(params.toString()).toBe('license=apache-2.0');
    expect(hubStateFromQuery(params).license).toBe('apache-2.0');
  });

  it('leaves defaults out, and removes keys a default clears', () => {
    const params = new URLSearchParams(
      'q=x&task=summarization&browser=1&sort=likes&model=a/b&compare=a/b&tab=families&text=keep',
    );
    writeHubState(params, DEFAULT_INPUTS);
    expect(params.toString()).toBe('text=keep');
    expect(hubStateFromQuery(params)).toEqual(DEFAULT_INPUTS);
  });

  it('reads what a URL gets wrong as the default', () => {
    const state = hubStateFromQuery(
      new URLSearchParams(
        'sort=popularity&license=wtfpl&task=not-a-task&lang=<b>&tab=settings&browser=yes&model=../../etc',
      ),
    );
    expect(state).toEqual(DEFAULT_INPUTS);
    expect(hubStateFromQuery(new URLSearchParams('license=group:shareware')).license).toBe('');
  });

  it('keeps at most three distinct valid compare ids, in order', () => {
    expect(parseCompare('a/one, b/two,a/one,bad id,c/three,d/four')).toEqual(['a/one', 'b/two', 'c/three']);
    expect(parseCompare('')).toEqual([]);
    expect(parseCompare(null)).toEqual([]);
    expect(hubStateFromQuery(new URLSearchParams('compare=a/1,b/2,c/3,d/4')).compare).toEqual([
      'a/1',
      'b/2',
      'c/3',
    ]);
  });

  it('accepts other language codes than the listed ones, and browser=true', () => {
    const state = hubStateFromQuery(new URLSearchParams('lang=pt-br&browser=true'));
    expect(state.lang).toBe('pt-br');
    expect(state.browser).toBe(true);
  });
});
