import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type GenerateInputs } from './generate-inputs.ts';
import { generateStateFromQuery, writeGenerateState } from './url-state.ts';

describe('Generate state in the URL', () => {
  it('round-trips both models, the prompt, the system message, the switches and the settings', () => {
    const state: GenerateInputs = {
      model: 'glasspipe-test/tiny-gpt',
      location: 'local',
      modelB: 'glasspipe-test/tiny-gpt-instruct',
      locationB: 'local',
      text: 'Once upon a time & then?',
      system: 'You are terse.',
      chat: false,
      compare: true,
      generation: { max_new_tokens: 12, do_sample: true, temperature: 0.7, top_k: 5, top_p: 0.9, seed: 7 },
    };
    const params = new URLSearchParams('hub=http%3A%2F%2Fh&labels=x');
    writeGenerateState(params, state);
    expect(params.get('hub')).toBe('http://h');
    expect(params.get('labels')).toBe('x');
    expect(params.get('model_b')).toBe('glasspipe-test/tiny-gpt-instruct');
    expect(params.get('chat')).toBe('off');
    expect(params.get('compare')).toBe('true');
    expect(params.get('seed')).toBe('7');
    expect(generateStateFromQuery(new URLSearchParams(params.toString()), DEFAULT_INPUTS)).toEqual(state);
  });

  it('leaves defaults out (pane b following pane a’s counterpart too), and reads them back as defaults', () => {
    const params = new URLSearchParams('text=old&system=old&chat=off&compare=true&model_b=x&top_k=3');
    writeGenerateState(params, DEFAULT_INPUTS);
    expect([...params.keys()]).toEqual(['model', 'max_new_tokens']);
    expect(generateStateFromQuery(params, DEFAULT_INPUTS)).toEqual(DEFAULT_INPUTS);
  });

  it('settings a URL leaves out keep the view’s defaults (max_new_tokens)', () => {
    const state = generateStateFromQuery(new URLSearchParams('do_sample=true&seed=7'), DEFAULT_INPUTS);
    expect(state.generation).toEqual({ max_new_tokens: 64, do_sample: true, seed: 7 });
  });

  it('?model= and ?model_b= pick the models from the model host; long texts stay out', () => {
    const state = generateStateFromQuery(new URLSearchParams('model=org/a&model_b=org/b&chat=auto'), {
      ...DEFAULT_INPUTS,
      location: 'local',
      locationB: 'local',
      chat: false,
    });
    expect(state).toMatchObject({ model: 'org/a', location: 'hub', modelB: 'org/b', locationB: 'hub' });
    expect(state.chat).toBe(true);
    const params = new URLSearchParams();
    writeGenerateState(params, { ...DEFAULT_INPUTS, text: 'x'.repeat(5000), system: 'y'.repeat(5000) });
    expect(params.has('text')).toBe(false);
    expect(params.has('system')).toBe(false);
  });
});
