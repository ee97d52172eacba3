/**
 * The model each view last used, kept in local storage so the next visit (and a direct load of
 * `#/models`, which offers these models for offline use) starts from the person's choice, not
 * the catalog default. A `model=` in the URL still wins for the view it names.
 */
import { isDtype } from '../shared/model-files/dtypes.ts';
import { MODEL_KINDS } from '../shared/protocol/index.ts';
import type { ChosenModel } from '../store/chosen-models-slice.ts';

export const REMEMBERED_MODELS_KEY = 'glasspipe.models';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function safeStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (privacy mode): choices just are not remembered
  }
}

function field(value: object, key: string): unknown {
  return Reflect.get(value, key);
}

function isChoice(value: unknown): value is ChosenModel {
  if (typeof value !== 'object' || value === null) return false;
  const model = field(value, 'model');
  const label = field(value, 'label');
  const location = field(value, 'location');
  const kind = field(value, 'kind');
  return (
    typeof model === 'string' &&
    model !== '' &&
    typeof label === 'string' &&
    (location === 'hub' || location === 'local') &&
    MODEL_KINDS.some((k) => k === kind)
  );
}

/** What was saved, by view id; anything unreadable (another version, hand edits) counts as nothing. */
export function readRememberedModels(
  storage: KeyValueStorage | null = safeStorage(),
): Record<string, ChosenModel> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(REMEMBERED_MODELS_KEY) ?? 'null');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const out: Record<string, ChosenModel> = {};
  for (const [view, value] of Object.entries(parsed)) {
    if (!isChoice(value)) continue;
    const dtype = field(value, 'dtype');
    out[view] = {
      label: value.label,
      model: value.model,
      location: value.location,
      kind: value.kind,
      ...(typeof dtype === 'string' && isDtype(dtype) ? { dtype } : {}),
    };
  }
  return out;
}

export function writeRememberedModels(
  storage: KeyValueStorage | null,
  models: Record<string, ChosenModel>,
): void {
  try {
    storage?.setItem(REMEMBERED_MODELS_KEY, JSON.stringify(models));
  } catch {
    // A full or disabled storage only means the choice is not remembered.
  }
}
