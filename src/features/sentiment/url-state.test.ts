import { describe, expect, it } from 'vitest';
import { batchLines, DEFAULT_INPUTS, sentimentJob } from './sentiment-inputs.ts';
import { sentimentStateFromQuery, writeSentimentState } from './url-state.ts';

describe('Sentiment state in the URL', () => {
  it('round-trips the model, its source and the batch, beside other views’ keys', () => {
    const state = { model: 'glasspipe-test/tiny-toxic', location: 'local' as const, text: 'good\n\nbad' };
    const params = new URLSearchParams('hub=http%3A%2F%2Fh&device=wasm');
    writeSentimentState(params, state);
    expect(params.get('hub')).toBe('http://h');
    expect(params.get('device')).toBe('wasm');
    expect(sentimentStateFromQuery(new URLSearchParams(params.toString()), DEFAULT_INPUTS)).toEqual(state);
  });

  it('?model= picks a Hub model; without keys the view keeps its own state', () => {
    expect(sentimentStateFromQuery(new URLSearchParams('model=org/m'), DEFAULT_INPUTS)).toEqual({
      model: 'org/m',
      location: 'hub',
      text: '',
    });
    const base = { model: 'org/remembered', location: 'local' as const, text: 'kept' };
    expect(sentimentStateFromQuery(new URLSearchParams(''), base)).toEqual(base);
  });

  it('an empty or long batch stays out of the URL; the hub source is the default', () => {
    const params = new URLSearchParams('text=old&source=local');
    writeSentimentState(params, { ...DEFAULT_INPUTS, text: 'x'.repeat(5000) });
    expect(params.has('text')).toBe(false);
    expect(params.has('source')).toBe(false);
    expect(params.get('model')).toBe(DEFAULT_INPUTS.model);
  });
});

describe('sentimentJob', () => {
  it('sends every line (blank ones too, so results keep their line) and the trimmed model id', () => {
    expect(batchLines('a\r\nb\n\nc\r')).toEqual(['a', 'b', '', 'c', '']);
    expect(sentimentJob({ model: ' org/m ', location: 'hub', text: 'good\n\nbad' })).toEqual({
      kind: 'sentiment',
      model: 'org/m',
      texts: ['good', '', 'bad'],
    });
  });
});
