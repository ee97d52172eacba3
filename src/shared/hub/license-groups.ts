/**
 * Licenses as the Hub tags them (`license:<id>`, the ids of the model card's `license` field),
 * grouped the way a person choosing a model asks: may I use it commercially, with attribution
 * at most (permissive); only for research or personal use (non-commercial); or under terms of
 * its own that must be read (custom: the Llama and Gemma licenses, OpenRAIL's use restrictions,
 * `other`). The grouping is ours and deliberately conservative: share-alike and copyleft
 * licenses count as custom, because they add obligations a "permissive" filter would hide.
 */
import type { LicenseGroup } from '../protocol/index.ts';

export interface LicenseChoice {
  id: string;
  label: string;
  group: LicenseGroup;
}

/** The licenses most seen on the Hub's models, in the order a filter lists them. */
export const LICENSE_CHOICES: readonly LicenseChoice[] = [
  { id: 'apache-2.0', label: 'Apache 2.0', group: 'permissive' },
  { id: 'mit', label: 'MIT', group: 'permissive' },
  { id: 'bsd-3-clause', label: 'BSD 3-clause', group: 'permissive' },
  { id: 'bsd-2-clause', label: 'BSD 2-clause', group: 'permissive' },
  { id: 'cc-by-4.0', label: 'CC BY 4.0', group: 'permissive' },
  { id: 'cc0-1.0', label: 'CC0 1.0', group: 'permissive' },
  { id: 'unlicense', label: 'Unlicense', group: 'permissive' },
  { id: 'cc-by-nc-4.0', label: 'CC BY-NC 4.0', group: 'non-commercial' },
  { id: 'cc-by-nc-sa-4.0', label: 'CC BY-NC-SA 4.0', group: 'non-commercial' },
  { id: 'cc-by-nc-nd-4.0', label: 'CC BY-NC-ND 4.0', group: 'non-commercial' },
  { id: 'cc-by-nc-2.0', label: 'CC BY-NC 2.0', group: 'non-commercial' },
  { id: 'cc-by-nc-3.0', label: 'CC BY-NC 3.0', group: 'non-commercial' },
  { id: 'cc-by-sa-4.0', label: 'CC BY-SA 4.0', group: 'custom' },
  { id: 'gpl-3.0', label: 'GPL 3.0', group: 'custom' },
  { id: 'llama2', label: 'Llama 2 Community', group: 'custom' },
  { id: 'llama3', label: 'Llama 3 Community', group: 'custom' },
  { id: 'llama3.1', label: 'Llama 3.1 Community', group: 'custom' },
  { id: 'llama3.2', label: 'Llama 3.2 Community', group: 'custom' },
  { id: 'gemma', label: 'Gemma Terms of Use', group: 'custom' },
  { id: 'openrail', label: 'OpenRAIL', group: 'custom' },
  { id: 'openrail++', label: 'OpenRAIL++', group: 'custom' },
  { id: 'creativeml-openrail-m', label: 'CreativeML OpenRAIL-M', group: 'custom' },
  { id: 'bigscience-openrail-m', label: 'BigScience OpenRAIL-M', group: 'custom' },
  { id: 'other', label: 'Other (see the card)', group: 'custom' },
];

const BY_ID = new Map(LICENSE_CHOICES.map((choice) => [choice.id, choice]));

export const LICENSE_GROUP_LABELS: Record<LicenseGroup, string> = {
  permissive: 'Permissive (commercial use allowed)',
  'non-commercial': 'Non-commercial only',
  custom: 'Custom terms (read the license)',
};

/**
 * The group of a license id; null when the repo declares none. An id we do not know is custom:
 * unknown terms are terms to read, never assumed permissive.
 */
export function licenseGroupOf(license: string | null): LicenseGroup | null {
  if (license === null || license.trim() === '') return null;
  const id = license.trim().toLowerCase();
  const known = BY_ID.get(id);
  if (known) return known.group;
  if (/^cc-by-nc/.test(id)) return 'non-commercial';
  return 'custom';
}

/** The license of a tag list (`license:apache-2.0`), as the Hub adds it from the card. */
export function licenseFromTags(tags: readonly string[]): string | null {
  const tag = tags.find((t) => t.startsWith('license:'));
  return tag ? tag.slice('license:'.length) : null;
}
