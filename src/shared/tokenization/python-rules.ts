/**
 * Python `transformers` rules for padding and truncation, as data. Mirrors
 * `PreTrainedTokenizerBase._get_padding_truncation_strategies` (which lengths apply, which
 * warnings and errors) and Rust `tokenizers`' `truncate_encodings` (`longest_first`).
 */
import type { Issue, PaddingSide, RawTokenizer, TokenizerSettings } from './types.ts';

export interface BatchPlan {
  /** Total length rows are truncated to (special tokens included), or null. */
  truncateTo: number | null;
  /** `'longest'` pads to the longest row; a number pads to that length; null: no padding. */
  padTo: 'longest' | number | null;
  paddingSide: PaddingSide;
  /** The token rows are padded with: `settings.pad_token` when set, else the tokenizer's own. */
  pad: PadToken | null;
  warnings: Issue[];
}

export interface PadToken {
  id: number;
  token: string;
}

export type PlanOutcome = { ok: true; plan: BatchPlan } | { ok: false; error: Issue; warnings: Issue[] };

function error(code: Issue['code'], message: string, warnings: Issue[] = []): PlanOutcome {
  return { ok: false, error: { code, severity: 'error', message }, warnings };
}

function warning(code: Issue['code'], message: string): Issue {
  return { code, severity: 'warning', message };
}

/** Python's `tokenizer.pad_token = …`: its id is looked up in the vocabulary (`convert_tokens_to_ids`). */
function chosenPad(raw: RawTokenizer, token: string | null): PadToken | null | 'unknown' {
  if (token === null)
    return raw.padTokenId === null ? null : { id: raw.padTokenId, token: raw.padToken ?? '' };
  const id = raw.tokenToId(token);
  return id === null ? 'unknown' : { id, token };
}

export function resolvePlan(raw: RawTokenizer, settings: TokenizerSettings): PlanOutcome {
  const { max_length: maxLength, padding, truncation } = settings;
  if (maxLength !== null && (!Number.isInteger(maxLength) || maxLength < 1)) {
    return error('invalid-max-length', `max_length must be a whole number of at least 1 (got ${maxLength}).`);
  }
  const warnings: Issue[] = [];
  const limit = raw.modelMaxLength;
  let truncateTo: number | null = null;
  let padTo: BatchPlan['padTo'] = padding === 'longest' ? 'longest' : null;

  if (truncation) {
    truncateTo = maxLength ?? limit;
    if (truncateTo === null) {
      warnings.push(
        warning(
          'no-model-max-length',
          'truncation=True without max_length uses model_max_length, and this tokenizer sets none: nothing is cut (Python: "Default to no truncation").',
        ),
      );
    }
  } else if (maxLength !== null && padding !== 'max_length') {
    warnings.push(
      warning(
        'max-length-ignored',
        `max_length=${maxLength} has no effect: truncation is off, so nothing is cut (as in Python with truncation=False). transformers.js would cut anyway when truncation is not given.`,
      ),
    );
  }

  if (padding === 'max_length') {
    padTo = maxLength ?? limit;
    if (padTo === null) {
      warnings.push(
        warning(
          'no-model-max-length',
          'padding=\'max_length\' without max_length uses model_max_length, and this tokenizer sets none: no padding (Python: "Default to no padding").',
        ),
      );
    }
  }

  const pad = chosenPad(raw, settings.pad_token);
  if (pad === 'unknown') {
    // A choice kept from another tokenizer (it lives in the URL): refuse it where it would pad.
    const message = `pad_token ${JSON.stringify(settings.pad_token)} is not a token of this tokenizer. Choose one of its own tokens (for example its end-of-sequence token) or "the tokenizer's own".`;
    if (padTo !== null) return error('unknown-pad-token', message, warnings);
    warnings.push(warning('unknown-pad-token', `${message} Nothing is padded now, so it has no effect.`));
  }
  // Python checks for a pad token whenever a padding strategy is on, even if no row needs it.
  if (padTo !== null && pad === null) {
    return error(
      'no-pad-token',
      'This tokenizer has no padding token, so Python raises "Asking to pad but the tokenizer does not have a padding token". Set one first: choose a pad_token (people use the end-of-sequence token: tokenizer.pad_token = tokenizer.eos_token), or turn padding off. transformers.js silently pads with the end-of-sequence token instead.',
      warnings,
    );
  }
  return {
    ok: true,
    plan: {
      truncateTo,
      padTo,
      paddingSide: settings.padding_side ?? raw.paddingSide,
      pad: pad === 'unknown' ? null : pad,
      warnings,
    },
  };
}

/**
 * How many content tokens of text A and B to keep within `budget` (max_length minus the special
 * tokens), exactly as Rust `tokenizers` `LongestFirst`: the shorter text is kept whole when the
 * longer one can absorb the cut, otherwise the budget is split in half (the longer text gets the
 * odd token).
 */
export function longestFirst(n1: number, n2: number, budget: number): [number, number] {
  if (n1 + n2 <= budget) return [n1, n2];
  let short = Math.min(n1, n2);
  let long: number;
  if (short > budget) long = short;
  else long = Math.max(short, budget - short);
  if (short + long > budget) {
    short = Math.floor(budget / 2);
    long = short + (budget % 2);
  }
  return n1 > n2 ? [long, short] : [short, long];
}
