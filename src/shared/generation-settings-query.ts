/**
 * Generation settings in a URL query, under their Hugging Face names (`num_beams=4`,
 * `early_stopping=never`, `do_sample=true`). Only settings a person changed are written;
 * values that do not parse are ignored rather than guessed.
 */
import { GENERATION_SETTING_NAMES, type GenerationSettings } from './generation-settings.ts';

type Name = (typeof GENERATION_SETTING_NAMES)[number];

function parseBool(raw: string): boolean | undefined {
  if (raw === 'true' || raw === 'True' || raw === '1') return true;
  if (raw === 'false' || raw === 'False' || raw === '0') return false;
  return undefined;
}

function parseNumber(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export function generationSettingsFromQuery(q: URLSearchParams): GenerationSettings {
  const settings: GenerationSettings = {};
  for (const name of GENERATION_SETTING_NAMES) {
    const raw = q.get(name);
    if (raw === null) continue;
    switch (name) {
      case 'do_sample': {
        const value = parseBool(raw);
        if (value !== undefined) settings.do_sample = value;
        break;
      }
      case 'early_stopping': {
        const value = raw === 'never' ? 'never' : parseBool(raw);
        if (value !== undefined) settings.early_stopping = value;
        break;
      }
      default: {
        const value = parseNumber(raw);
        if (value !== undefined) settings[name] = value;
      }
    }
  }
  return settings;
}

/** Writes `settings` into `params`, removing the names it does not set. */
export function writeGenerationSettings(params: URLSearchParams, settings: GenerationSettings): void {
  for (const name of GENERATION_SETTING_NAMES) {
    const value: GenerationSettings[Name] = settings[name];
    if (value === undefined) params.delete(name);
    else params.set(name, String(value));
  }
}
