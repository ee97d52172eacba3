/**
 * The model each view last used, kept in local storage so the next visit (and a direct load of
 * `#/models`, which offers these models for offline use) starts from the person's choice, not
 * the catalog default. A `model=` in the URL still wins for the view it names.
 */
import type { ModelLocation } from '../store/summarize-slice.ts';

export const REMEMBERED_MODELS_KEY = 'glasspipe.models';

export interface ModelChoice {
  model: string;
  location: ModelLocation;
}

export interface RememberedModels {
  summarize?: ModelChoice;
  tokenizer?: ModelChoice;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isChoice(value: unknown): value is ModelChoice {
  if (typeof value !== 'object' || value === null) return false;
  const model: unknown = Reflect.get(value, 'model');
  const location: unknown = Reflect.get(value, 'location');
  return typeof model === 'string' && model !== '' && (location === 'hub' || location === 'local');
}

/** What was saved; anything unreadable (another version, hand edits) counts as nothing. */
export function readRememberedModels(storage: KeyValueStorage | null): RememberedModels {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(REMEMBERED_MODELS_KEY) ?? 'null');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const out: RememberedModels = {};
  const summarize: unknown = Reflect.get(parsed, 'summarize');
  const tokenizer: unknown = Reflect.get(parsed, 'tokenizer');
  if (isChoice(summarize)) out.summarize = { model: summarize.model, location: summarize.location };
  if (isChoice(tokenizer)) out.tokenizer = { model: tokenizer.model, location: tokenizer.location };
  return out;
}

export function writeRememberedModels(storage: KeyValueStorage | null, models: RememberedModels): void {
  try {
    storage?.setItem(REMEMBERED_MODELS_KEY, JSON.stringify(models));
  } catch {
    // A full or disabled storage only means the choice is not remembered.
  }
}
