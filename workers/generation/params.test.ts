import { describe, expect, it } from 'vitest';
import { PYTHON_DEFAULTS, resolveGenerationParams, taskPrefix, validateGenerationParams } from './params.ts';

const t5Config = {
  eos_token_id: 1,
  pad_token_id: 0,
  decoder_start_token_id: 0,
  num_beams: 1,
  task_specific_params: {
    summarization: {
      early_stopping: true,
      length_penalty: 2.0,
      max_length: 200,
      min_length: 30,
      num_beams: 4,
      prefix: 'summarize: ',
    },
  },
};

describe('resolveGenerationParams', () => {
  it('starts from the Python defaults', () => {
    expect(resolveGenerationParams()).toEqual({ ...PYTHON_DEFAULTS, eos_token_id: [] });
    expect(PYTHON_DEFAULTS.max_length).toBe(20);
    expect(PYTHON_DEFAULTS.top_k).toBe(50);
  });

  it('layers config.json < generation_config.json < task_specific_params < overrides', () => {
    const params = resolveGenerationParams({
      config: t5Config,
      generationConfig: { num_beams: 2, max_length: 50, no_repeat_ngram_size: 3 },
      task: 'summarization',
      overrides: { min_length: 5 },
    });
    expect(params).toMatchObject({
      num_beams: 4,
      max_length: 200,
      min_length: 5,
      no_repeat_ngram_size: 3,
      early_stopping: true,
      length_penalty: 2,
      decoder_start_token_id: 0,
      eos_token_id: [1],
    });
    expect(resolveGenerationParams({ config: t5Config }).num_beams).toBe(1);
  });

  it('normalizes eos lists, falls back pad to eos, and lets null clear a nullable value', () => {
    const params = resolveGenerationParams({
      config: { eos_token_id: [2, 3], forced_eos_token_id: 2, max_new_tokens: 10 },
      overrides: { max_new_tokens: null },
    });
    expect(params.eos_token_id).toEqual([2, 3]);
    expect(params.pad_token_id).toBe(2);
    expect(params.forced_eos_token_id).toEqual([2]);
    expect(params.max_new_tokens).toBeNull();
  });

  it('reads token ids from a decoder sub-config when the top level has none', () => {
    expect(resolveGenerationParams({ config: { decoder: { eos_token_id: 7 } } }).eos_token_id).toEqual([7]);
  });

  it('returns the task prefix the pipeline prepends', () => {
    expect(taskPrefix(t5Config, 'summarization')).toBe('summarize: ');
    expect(taskPrefix(t5Config, 'translation')).toBe('');
    // transformers.js pipelines prepend a model-wide `config.prefix` before the task's own.
    expect(taskPrefix({ ...t5Config, prefix: '>> ' }, 'summarization')).toBe('>> summarize: ');
  });

  it('validates like Python', () => {
    const ok = resolveGenerationParams();
    expect(() => validateGenerationParams(ok)).not.toThrow();
    expect(() => validateGenerationParams({ ...ok, num_beams: 0 })).toThrow(/num_beams/);
    expect(() => validateGenerationParams({ ...ok, num_beams: 2, do_sample: true })).toThrow(/Beam sampling/);
    expect(() => validateGenerationParams({ ...ok, do_sample: true, top_p: 0 })).toThrow(/top_p/);
  });
});
