/** What the sampling inspector shows for a step: which step, each stage's name, how the token was chosen. */
import type { ResolvedSettings } from '../../shared/generation-settings.ts';
import type { GeneratedToken, LogitsStageName, LogitsStageView } from '../../shared/protocol/index.ts';

/**
 * The step to show: the one picked, else the newest (so a running generation is followed); null
 * before any token with stages.
 */
export function shownToken(tokens: readonly GeneratedToken[], picked: number | null): GeneratedToken | null {
  const traced = tokens.filter((t) => t.stages !== undefined && t.stages.length > 0);
  return (picked === null ? undefined : traced.find((t) => t.step === picked)) ?? traced.at(-1) ?? null;
}

const NAMES: Record<LogitsStageName, string> = {
  raw: 'Raw logits',
  repetition_penalty: 'Repetition penalty',
  no_repeat_ngram_size: 'No-repeat n-gram',
  bad_words_ids: 'Bad words',
  min_length: 'Minimum length',
  min_new_tokens: 'Minimum new tokens',
  forced_bos_token_id: 'Forced first token',
  forced_eos_token_id: 'Forced end token',
  renormalize_logits: 'Renormalize',
  temperature: 'Temperature',
  top_k: 'Top-k',
  top_p: 'Top-p (nucleus)',
};

/** The generation setting a stage is named after, where it is one. */
const SETTING: Partial<Record<LogitsStageName, keyof ResolvedSettings>> = {
  repetition_penalty: 'repetition_penalty',
  no_repeat_ngram_size: 'no_repeat_ngram_size',
  min_length: 'min_length',
  min_new_tokens: 'min_new_tokens',
  temperature: 'temperature',
  top_k: 'top_k',
  top_p: 'top_p',
};

/** The stage's name with the setting it ran with, e.g. `Top-k (top_k = 5)`. */
export function stageTitle(stage: LogitsStageName, params: ResolvedSettings | null): string {
  if (stage === 'raw') return NAMES.raw;
  const name = SETTING[stage];
  const setting = name && params ? params[name] : null;
  const value = setting === null || setting === undefined ? '' : ` = ${String(setting)}`;
  return `${NAMES[stage]} (${stage}${value})`;
}

/** How the step's token was chosen, in words. */
export function chosenHow(token: GeneratedToken): string {
  if (token.draw !== undefined)
    return `Sampled: the draw u = ${token.draw.toFixed(6)} picked the first token (by id) whose cumulative probability after the last stage exceeds u.`;
  return 'Greedy: the most probable token after the last stage.';
}

/** The contract-style summary of a step, for `data-value`. */
export function stepValue(token: GeneratedToken) {
  return {
    step: token.step,
    id: token.id,
    draw: token.draw ?? null,
    stages: (token.stages ?? []).map((s: LogitsStageView) => ({
      stage: s.stage,
      kept: s.kept,
      removed: s.removed,
      removedMass: s.removedMass,
      chosenProbability: s.chosenProbability,
    })),
  };
}

/** A token piece with its whitespace visible (␣ for a space, ⏎ for a line break, ∅ for nothing). */
export function visibleToken(text: string): string {
  return text === '' ? '∅' : text.replace(/ /g, '␣').replace(/\n/g, '⏎');
}

/** A probability as the tables show it (the data-value keeps it unrounded). */
export function fmtP(p: number): string {
  if (!Number.isFinite(p)) return '—';
  return p !== 0 && p < 0.0001 ? p.toExponential(1) : p.toFixed(4);
}
