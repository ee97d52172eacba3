import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type TranslationInputs } from './translation-inputs.ts';
import { translationStateFromQuery, writeTranslationState } from './url-state.ts';

describe('Translation state in the URL', () => {
  it('round-trips both panes, the text and the settings, beside other views’ keys', () => {
    const state: TranslationInputs = {
      text: 'The house is wonderful.',
      panes: {
        a: {
          model: 'glasspipe-test/tiny-nllb',
          location: 'hub',
          prefix: null,
          srcLang: 'eng_Latn',
          tgtLang: 'fra_Latn',
        },
        b: {
          model: 'Xenova/t5-small',
          location: 'hub',
          prefix: 'translate English to Spanish: ',
          srcLang: 'en',
          tgtLang: 'es',
        },
      },
      generation: { num_beams: 3 },
      chunking: true,
    };
    const params = new URLSearchParams('hub=http%3A%2F%2Fh');
    writeTranslationState(params, state);
    expect(params.get('model')).toBe('glasspipe-test/tiny-nllb');
    expect(params.get('model_b')).toBe('Xenova/t5-small');
    expect(params.get('hub')).toBe('http://h');
    expect(translationStateFromQuery(new URLSearchParams(params.toString()), DEFAULT_INPUTS)).toEqual(state);
  });

  it('?model= and ?model_b= pick the panes’ models (CONTRACT.md); the rest keeps its defaults', () => {
    const state = translationStateFromQuery(new URLSearchParams('model=org/a&model_b=org/b'), DEFAULT_INPUTS);
    expect(state.panes.a).toEqual({
      model: 'org/a',
      location: 'hub',
      prefix: null,
      srcLang: null,
      tgtLang: null,
    });
    expect(state.panes.b.model).toBe('org/b');
    expect(state.generation).toEqual({});
  });
});
