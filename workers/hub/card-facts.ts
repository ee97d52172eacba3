/**
 * A model's facts from its card (`cardData`) and the tags the Hub computes from it. A card field
 * may be a string or a list; the Hub adds `license:<id>`, `dataset:<id>`, `base_model:<id>` and
 * `base_model:<relation>:<id>` tags, so a card without the field still says it through them.
 */
import type { BaseRelation } from '../../src/shared/protocol/index.ts';

const RELATIONS: readonly BaseRelation[] = ['finetune', 'quantized', 'adapter', 'merge'];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(strings);
  return [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isRelation(value: unknown): value is BaseRelation {
  return RELATIONS.some((r) => r === value);
}

function tagged(tags: readonly string[], prefix: string): string[] {
  return tags.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length));
}

export interface CardFacts {
  license: string | null;
  licenseName: string | null;
  licenseLink: string | null;
  languages: string[];
  datasets: string[];
  baseModels: Array<{ id: string; relation: BaseRelation | null }>;
}

export function cardFacts(card: Record<string, unknown>, tags: readonly string[]): CardFacts {
  const license = strings(card.license)[0] ?? tagged(tags, 'license:')[0] ?? null;
  const relationTags = new Map<string, BaseRelation>();
  const plainBases: string[] = [];
  for (const rest of tagged(tags, 'base_model:')) {
    const colon = rest.indexOf(':');
    const head = colon > 0 ? rest.slice(0, colon) : '';
    if (isRelation(head)) relationTags.set(rest.slice(colon + 1), head);
    else plainBases.push(rest);
  }
  const cardRelation = isRelation(card.base_model_relation) ? card.base_model_relation : null;
  const ids = unique([...strings(card.base_model), ...plainBases, ...relationTags.keys()]);
  return {
    license,
    licenseName: strings(card.license_name)[0] ?? null,
    licenseLink: strings(card.license_link)[0] ?? null,
    languages: unique(strings(card.language)),
    datasets: unique([...strings(card.datasets), ...tagged(tags, 'dataset:')]),
    baseModels: ids.map((id) => ({ id, relation: relationTags.get(id) ?? cardRelation })),
  };
}
