import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type ZeroShotInputs } from './zero-shot-inputs.ts';
import { writeZeroShotState, zeroShotStateFromQuery } from './url-state.ts';

describe('Zero-shot state in the URL', () => {
  it('round-trips every setting, beside other views’ keys', () => {
    const state: ZeroShotInputs = {
      model: 'glasspipe-test/tiny-nli',
      location: 'local',
      text: 'The football match ended late.\nA new soup recipe.',
      labels: 'sports, politics, a $& b',
      template: 'It is about {} & more?',
      multiLabel: true,
      batch: true,
    };
    const params = new URLSearchParams('hub=http%3A%2F%2Fh&model_b=x');
    writeZeroShotState(params, state);
    expect(params.get('hub')).toBe('http://h');
    expect(params.get('model_b')).toBe('x');
    expect(params.get('multi_label')).toBe('true');
    expect(zeroShotStateFromQuery(new URLSearchParams(params.toString()), DEFAULT_INPUTS)).toEqual(state);
  });

  it('leaves defaults and empty values out, and takes them back as defaults', () => {
    const params = new URLSearchParams('text=old&labels=old&multi_label=true&batch=lines');
    writeZeroShotState(params, DEFAULT_INPUTS);
    expect([...params.keys()]).toEqual(['model']);
    expect(zeroShotStateFromQuery(params, DEFAULT_INPUTS)).toEqual(DEFAULT_INPUTS);
  });

  it('?model= picks the model from the model host; a long text stays out of the URL', () => {
    const state = zeroShotStateFromQuery(new URLSearchParams('model=org/nli&multi_label=false'), {
      ...DEFAULT_INPUTS,
      location: 'local',
      multiLabel: true,
    });
    expect(state.model).toBe('org/nli');
    expect(state.location).toBe('hub');
    expect(state.multiLabel).toBe(false);
    const params = new URLSearchParams();
    writeZeroShotState(params, { ...DEFAULT_INPUTS, text: 'x'.repeat(5000) });
    expect(params.has('text')).toBe(false);
  });

  it('an empty template in the URL is kept (the worker says what is wrong with it)', () => {
    const params = new URLSearchParams();
    writeZeroShotState(params, { ...DEFAULT_INPUTS, template: '' });
    expect(params.get('template')).toBe('');
    expect(zeroShotStateFromQuery(params, DEFAULT_INPUTS).template).toBe('');
  });
});
