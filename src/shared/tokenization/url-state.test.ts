import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './types.ts';
import { labStateFromQuery, labStateToQuery, type LabState } from './url-state.ts';

const state: LabState = {
  model: 'bundled/llama3',
  texts: ['Hello & world', 'שלום 😀'],
  pairs: ['a', ''],
  settings: {
    add_special_tokens: false,
    padding: 'max_length',
    truncation: true,
    max_length: 32,
    padding_side: 'left',
    pad_token: '<|end_of_text|>',
  },
};

describe('lab URL state', () => {
  it('round-trips through the query string', () => {
    const { params, textIncluded } = labStateToQuery(state);
    expect(textIncluded).toBe(true);
    expect(labStateFromQuery(`?${params.toString()}`)).toEqual(state);
  });

  it('leaves default settings out and keeps other views’ keys', () => {
    const base = new URLSearchParams('hub=http://127.0.0.1:8765&device=wasm&padding=longest');
    const { params } = labStateToQuery(
      { model: 'x/y', texts: ['hi'], pairs: null, settings: DEFAULT_SETTINGS },
      base,
    );
    expect(params.toString()).toBe('hub=http%3A%2F%2F127.0.0.1%3A8765&device=wasm&model=x%2Fy&text=hi');
  });

  it('keeps long texts out of the URL', () => {
    const { params, textIncluded } = labStateToQuery({ ...state, texts: ['x'.repeat(2000)] });
    expect(textIncluded).toBe(false);
    expect(params.has('text') || params.has('pair')).toBe(false);
    expect(labStateFromQuery(params).texts).toBeNull();
  });

  it.each([
    ['padding=true', { padding: 'longest' }],
    [
      'padding=nonsense&truncation=1&add_special_tokens=0',
      { padding: false, truncation: true, add_special_tokens: false },
    ],
    ['max_length=0', { max_length: null }],
    ['max_length=12abc', { max_length: null }],
    ['max_length=512&padding_side=up', { max_length: 512, padding_side: null }],
  ])('parses %s forgivingly', (query, expected) => {
    expect(labStateFromQuery(query).settings).toMatchObject(expected);
  });

  it('keeps pad_token under its Python name, and an empty one means the tokenizer’s own', () => {
    const { params } = labStateToQuery(state);
    expect(params.get('pad_token')).toBe('<|end_of_text|>');
    expect(labStateFromQuery('?pad_token=').settings.pad_token).toBeNull();
    expect(labStateFromQuery('?padding=longest').settings.pad_token).toBeNull();
  });

  it('reads the contract’s single text= parameter', () => {
    expect(labStateFromQuery('?model=Xenova/t5-small&text=Hi%20there')).toMatchObject({
      model: 'Xenova/t5-small',
      texts: ['Hi there'],
      pairs: null,
    });
  });
});
