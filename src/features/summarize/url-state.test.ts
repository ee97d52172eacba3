import { describe, expect, it } from 'vitest';
import { summarizeStateFromQuery, writeSummarizeState, type SummarizeUrlState } from './url-state.ts';

const state: SummarizeUrlState = {
  article: 'A short article.',
  model: 'glasspipe-test/tiny-bart',
  location: 'hub',
  generation: { num_beams: 2, early_stopping: 'never' },
  method: 'textrank',
  sentenceCount: 2,
  prefix: 'summarize: ',
  chunking: true,
  compareWith: null,
};

describe('Summarize state in the URL', () => {
  it('round-trips through the query, next to other views’ keys', () => {
    const params = new URLSearchParams('hub=http%3A%2F%2F127.0.0.1%3A1&device=wasm');
    writeSummarizeState(params, state);
    expect(params.get('hub')).toBe('http://127.0.0.1:1');
    expect(params.get('device')).toBe('wasm');
    // compareWith applies to the abstractive method only, so this extractive state leaves it out.
    const { compareWith: _compareWith, ...written } = state;
    expect(summarizeStateFromQuery(new URLSearchParams(params.toString()))).toEqual(written);
  });

  it('leaves defaults and long articles out, so URLs stay short and shareable', () => {
    const params = new URLSearchParams();
    writeSummarizeState(params, {
      ...state,
      article: 'x'.repeat(1001),
      generation: {},
      method: 'abstractive',
      sentenceCount: 3,
      prefix: null,
      chunking: false,
      compareWith: null,
    });
    expect(params.toString()).toBe('model=glasspipe-test%2Ftiny-bart');
  });

  it('keeps the extractive summary shown beside the model’s', () => {
    const params = new URLSearchParams();
    writeSummarizeState(params, { ...state, method: 'abstractive', compareWith: 'lead' });
    expect(params.get('compare')).toBe('lead');
    expect(summarizeStateFromQuery(params).compareWith).toBe('lead');
  });

  it('a local-folder model says so; bad values are ignored', () => {
    expect(summarizeStateFromQuery(new URLSearchParams('model=org/m&source=local'))).toEqual({
      model: 'org/m',
      location: 'local',
    });
    expect(summarizeStateFromQuery(new URLSearchParams('method=magic&sentences=0&chunking=maybe'))).toEqual(
      {},
    );
  });
});
