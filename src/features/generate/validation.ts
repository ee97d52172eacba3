/**
 * What is wrong with the settings before a run, said as Python's `generate` would say it. Only
 * advice: the worker validates the job too, and its error is the one that counts.
 */
import type { GenerationSettings } from '../../shared/generation-settings.ts';

export interface SettingProblem {
  setting: keyof GenerationSettings;
  message: string;
}

/** What the last run of the model told: its context (positions) and its own do_sample; null before. */
export interface ModelKnown {
  contextLength: number | null;
  doSample: boolean | null;
}

export function settingProblems(g: GenerationSettings, known: ModelKnown): SettingProblem[] {
  const out: SettingProblem[] = [];
  const { contextLength } = known;
  const sampling = g.do_sample ?? known.doSample ?? false;
  if (g.max_new_tokens !== undefined && g.max_new_tokens < 1)
    out.push({
      setting: 'max_new_tokens',
      message: 'max_new_tokens must be at least 1 (Python raises a ValueError for 0).',
    });
  else if (g.max_new_tokens !== undefined && contextLength !== null && g.max_new_tokens > contextLength)
    out.push({
      setting: 'max_new_tokens',
      message: `max_new_tokens ${g.max_new_tokens} is beyond the model’s context of ${contextLength} positions (prompt included).`,
    });
  if (sampling && g.temperature !== undefined && g.temperature <= 0)
    out.push({
      setting: 'temperature',
      message:
        'do_sample with temperature 0: Python raises a ValueError (temperature must be strictly positive) and suggests do_sample=False for greedy decoding.',
    });
  if (g.top_p !== undefined && (g.top_p <= 0 || g.top_p > 1))
    out.push({ setting: 'top_p', message: `top_p must be in (0, 1]; ${g.top_p} is not.` });
  if (g.top_k !== undefined && (g.top_k < 0 || !Number.isInteger(g.top_k)))
    out.push({ setting: 'top_k', message: 'top_k must be a whole number ≥ 0 (0 = off).' });
  if (g.repetition_penalty !== undefined && g.repetition_penalty <= 0)
    out.push({
      setting: 'repetition_penalty',
      message: 'repetition_penalty must be strictly positive (1 = off).',
    });
  if (g.num_beams !== undefined && (g.num_beams < 1 || !Number.isInteger(g.num_beams)))
    out.push({ setting: 'num_beams', message: 'num_beams must be a whole number ≥ 1 (1 = no beam search).' });
  if (!sampling && (g.temperature !== undefined || g.top_k !== undefined || g.top_p !== undefined))
    out.push({
      setting: 'do_sample',
      message:
        'temperature, top_k and top_p only act when sampling: without do_sample the most probable token is taken (as in Python, which warns).',
    });
  return out;
}
