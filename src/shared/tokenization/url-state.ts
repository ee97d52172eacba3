/**
 * The lab's state in the URL query (before the hash, shared with other views): `model`, `text`
 * and `pair` (repeated, one per row, only while short), and the settings under their Hugging
 * Face names. Keys other views own (`hub`, `device`, …) are kept as they are.
 */
import { DEFAULT_SETTINGS, type PaddingChoice, type TokenizerSettings } from './types.ts';

export interface LabState {
  model: string | null;
  texts: string[];
  pairs: string[] | null;
  settings: TokenizerSettings;
}

/** Parsed from a URL: texts are null when the URL has none (keep what the view has). */
export interface LabQuery {
  model: string | null;
  texts: string[] | null;
  pairs: string[] | null;
  settings: TokenizerSettings;
}

/** Longer inputs stay out of the URL (it is shared and logged); the view keeps them. */
export const MAX_URL_TEXT_CHARS = 1000;

const SETTING_KEYS = [
  'add_special_tokens',
  'padding',
  'truncation',
  'max_length',
  'padding_side',
  'pad_token',
] as const;
const LAB_KEYS = ['model', 'text', 'pair', ...SETTING_KEYS];

function parseBool(value: string | null, fallback: boolean): boolean {
  if (value === 'true' || value === '1' || value === 'True') return true;
  if (value === 'false' || value === '0' || value === 'False') return false;
  return fallback;
}

function parsePadding(value: string | null): PaddingChoice {
  if (value === 'longest' || value === 'true' || value === 'True') return 'longest';
  if (value === 'max_length') return 'max_length';
  return DEFAULT_SETTINGS.padding;
}

function parseMaxLength(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && Number.isSafeInteger(n) ? n : null;
}

/** Any token text; whether the tokenizer has it is checked when encoding (it may change). */
function parsePadToken(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

export function labStateFromQuery(search: string | URLSearchParams): LabQuery {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const side = q.get('padding_side');
  const texts = q.getAll('text');
  const pairs = q.getAll('pair');
  return {
    model: q.get('model'),
    texts: texts.length === 0 ? null : texts,
    pairs: pairs.length === 0 ? null : pairs,
    settings: {
      add_special_tokens: parseBool(q.get('add_special_tokens'), DEFAULT_SETTINGS.add_special_tokens),
      padding: parsePadding(q.get('padding')),
      truncation: parseBool(q.get('truncation'), DEFAULT_SETTINGS.truncation),
      max_length: parseMaxLength(q.get('max_length')),
      padding_side: side === 'left' || side === 'right' ? side : null,
      pad_token: parsePadToken(q.get('pad_token')),
    },
  };
}

/**
 * The query for `state`, on top of `base` (the current query). Settings equal to the defaults
 * are left out so URLs stay short. `textIncluded` is false when the texts were too long.
 */
export function labStateToQuery(
  state: LabState,
  base: URLSearchParams = new URLSearchParams(),
  maxTextChars = MAX_URL_TEXT_CHARS,
): { params: URLSearchParams; textIncluded: boolean } {
  const params = new URLSearchParams(base);
  for (const key of LAB_KEYS) params.delete(key);
  if (state.model !== null) params.set('model', state.model);
  const size = [...state.texts, ...(state.pairs ?? [])].reduce((n, t) => n + t.length, 0);
  const textIncluded = size <= maxTextChars;
  if (textIncluded) {
    for (const text of state.texts) params.append('text', text);
    for (const pair of state.pairs ?? []) params.append('pair', pair);
  }
  const { settings } = state;
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value === DEFAULT_SETTINGS[key]) continue;
    params.set(key, String(value));
  }
  return { params, textIncluded };
}
