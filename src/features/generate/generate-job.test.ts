import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS } from './generate-inputs.ts';
import { generateJob, paneModel, panesToRun } from './generate-job.ts';

const inputs = {
  ...DEFAULT_INPUTS,
  model: ' glasspipe-test/tiny-gpt ',
  text: ' Once upon a time',
  generation: { max_new_tokens: 8 },
};

describe('the Generate job', () => {
  it('sends the prompt as typed, the settings, and the chat switch; no system message when empty', () => {
    expect(generateJob(inputs, 'a')).toEqual({
      kind: 'generate',
      model: 'glasspipe-test/tiny-gpt',
      text: ' Once upon a time',
      chat: 'auto',
      generation: { max_new_tokens: 8 },
    });
    expect(generateJob({ ...inputs, system: 'Be brief.', chat: false }, 'a')).toMatchObject({
      system: 'Be brief.',
      chat: 'off',
    });
  });

  it('pane b runs pane a’s counterpart unless another model was chosen, and only when comparing', () => {
    expect(generateJob(inputs, 'b').model).toBe('glasspipe-test/tiny-gpt-instruct');
    expect(paneModel({ ...inputs, modelB: 'org/x ', locationB: 'local' }, 'b')).toEqual({
      model: 'org/x',
      location: 'local',
    });
    expect(panesToRun(inputs)).toEqual(['a']);
    expect(panesToRun({ ...inputs, compare: true })).toEqual(['a', 'b']);
  });
});
