import { describe, expect, it } from 'vitest';
import type { ResolvedSettings } from '../../shared/generation-settings.ts';
import type { GeneratedToken, LogitsStageView } from '../../shared/protocol/index.ts';
import { chosenHow, fmtP, shownToken, stageTitle, stepValue, visibleToken } from './inspector.ts';

const stage = (name: LogitsStageView['stage'], kept: number, removed: number): LogitsStageView => ({
  stage: name,
  kept,
  removed,
  removedMass: removed > 0 ? 0.25 : 0,
  top: [{ id: 3, text: ' a', probability: 0.5 }],
  removedTop: [],
  chosenProbability: 0.5,
});

const token = (step: number, draw?: number): GeneratedToken => ({
  step,
  id: 3,
  text: ' a',
  probability: 0.5,
  alternatives: [],
  stages: [stage('raw', 100, 0), stage('top_k', 5, 95)],
  ...(draw === undefined ? {} : { draw }),
});

describe('the sampling inspector', () => {
  it('shows the picked step, else follows the newest traced one', () => {
    const tokens = [token(0), token(1), { ...token(2), stages: undefined }];
    expect(shownToken(tokens, null)?.step).toBe(1);
    expect(shownToken(tokens, 0)?.step).toBe(0);
    expect(shownToken(tokens, 9)?.step).toBe(1);
    expect(shownToken([], null)).toBeNull();
  });

  it('names each stage with the value it ran with', () => {
    const params: ResolvedSettings = {
      max_length: null,
      min_length: null,
      max_new_tokens: 20,
      min_new_tokens: null,
      num_beams: 1,
      num_return_sequences: 1,
      length_penalty: null,
      early_stopping: null,
      no_repeat_ngram_size: null,
      repetition_penalty: null,
      do_sample: true,
      temperature: 0.7,
      top_k: 5,
      top_p: null,
      seed: 7,
    };
    expect(stageTitle('raw', null)).toBe('Raw logits');
    expect(stageTitle('top_k', params)).toBe('Top-k (top_k = 5)');
    expect(stageTitle('top_p', params)).toBe('Top-p (nucleus) (top_p)');
    expect(stageTitle('temperature', null)).toBe('Temperature (temperature)');
  });

  it('says how the token was chosen, and summarises the step for data-value', () => {
    expect(chosenHow(token(0, 0.25))).toContain('u = 0.250000');
    expect(chosenHow(token(0))).toContain('Greedy');
    expect(stepValue(token(1, 0.5))).toEqual({
      step: 1,
      id: 3,
      draw: 0.5,
      stages: [
        { stage: 'raw', kept: 100, removed: 0, removedMass: 0, chosenProbability: 0.5 },
        { stage: 'top_k', kept: 5, removed: 95, removedMass: 0.25, chosenProbability: 0.5 },
      ],
    });
  });

  it('shows whitespace in tokens and tiny probabilities legibly', () => {
    expect(visibleToken(' a\n')).toBe('␣a⏎');
    expect(visibleToken('')).toBe('∅');
    expect(fmtP(0.5)).toBe('0.5000');
    expect(fmtP(0)).toBe('0.0000');
    expect(fmtP(0.00001234)).toBe('1.2e-5');
  });
});
