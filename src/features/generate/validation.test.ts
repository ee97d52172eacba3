import { describe, expect, it } from 'vitest';
import { settingProblems } from './validation.ts';

const NOTHING = { contextLength: null, doSample: null };
const names = (...args: Parameters<typeof settingProblems>) => settingProblems(...args).map((p) => p.setting);

describe('Generate’s advice on settings', () => {
  it('has nothing to say about sound settings', () => {
    expect(settingProblems({}, NOTHING)).toEqual([]);
    expect(
      settingProblems(
        { max_new_tokens: 20, do_sample: true, temperature: 0.7, top_k: 50, top_p: 1, seed: 3 },
        { contextLength: 256, doSample: null },
      ),
    ).toEqual([]);
  });

  it('says what Python says of do_sample with temperature 0, and of top_p outside (0, 1]', () => {
    const [temperature] = settingProblems({ do_sample: true, temperature: 0 }, NOTHING);
    expect(temperature?.message).toContain('Python raises a ValueError');
    expect(temperature?.message).toContain('do_sample=False');
    expect(names({ do_sample: true, top_p: 0 }, NOTHING)).toEqual(['top_p']);
    expect(names({ do_sample: true, top_p: 1.5 }, NOTHING)).toEqual(['top_p']);
  });

  it('names the context limit once a run has told it, and refuses max_new_tokens 0', () => {
    expect(
      settingProblems({ max_new_tokens: 300 }, { contextLength: 256, doSample: null })[0]?.message,
    ).toContain('context of 256 positions');
    expect(names({ max_new_tokens: 300 }, NOTHING)).toEqual([]);
    expect(names({ max_new_tokens: 0 }, { contextLength: 256, doSample: null })).toEqual(['max_new_tokens']);
  });

  it('notes sampling settings that greedy decoding ignores, and impossible counts', () => {
    expect(names({ temperature: 0.5 }, NOTHING)).toEqual(['do_sample']);
    // A model whose generation_config samples by default: its temperature counts.
    expect(names({ temperature: 0.5 }, { contextLength: null, doSample: true })).toEqual([]);
    expect(names({ num_beams: 0, top_k: -1, repetition_penalty: 0, do_sample: true }, NOTHING)).toEqual([
      'top_k',
      'repetition_penalty',
      'num_beams',
    ]);
  });
});
