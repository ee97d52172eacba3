/**
 * The post-processor of tokenizer.json as a template of special tokens around text A (and B).
 * Python's fast tokenizers (Rust `tokenizers`) apply it *after* truncating the texts, which is
 * why `encodeBatch` needs it as data rather than the library's already-wrapped output.
 */
import { specialTokensOf } from './special-tokens.ts';
import type { RawTokenizer, SpecialsTemplate, TemplatePart, TokenizerFacts } from './types.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/**
 * Without special tokens (ByteLevel post-processor or none), Rust concatenates the texts; the
 * pair keeps the type id it was encoded with, 1 (`encode_single_sequence(pair, 1, …)`).
 */
const PLAIN: Omit<SpecialsTemplate, 'processor'> = {
  single: [{ kind: 'sequence', which: 'A', typeId: 0 }],
  pair: [
    { kind: 'sequence', which: 'A', typeId: 0 },
    { kind: 'sequence', which: 'B', typeId: 1 },
  ],
};

function special(token: string, id: number, typeId: number): TemplatePart {
  return { kind: 'special', ids: [id], tokens: [token], typeId };
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((x): x is number => typeof x === 'number') : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function tokenPair(value: unknown): { token: string; id: number } | null {
  if (!Array.isArray(value)) return null;
  const items: unknown[] = value;
  const [token, id] = items;
  return typeof token === 'string' && typeof id === 'number' ? { token, id } : null;
}

function parsePieces(
  pieces: unknown,
  specials: Json,
  lookup: (token: string) => number | null,
): TemplatePart[] | null {
  if (!Array.isArray(pieces) || pieces.length === 0) return null;
  const items: unknown[] = pieces;
  const parts: TemplatePart[] = [];
  for (const piece of items) {
    if (!isObject(piece)) return null;
    const sequence = piece['Sequence'];
    const token = piece['SpecialToken'];
    if (isObject(sequence)) {
      parts.push({
        kind: 'sequence',
        which: sequence['id'] === 'B' ? 'B' : 'A',
        typeId: numberOr(sequence['type_id'], 0),
      });
    } else if (isObject(token) && typeof token['id'] === 'string') {
      const name = token['id'];
      const entry = specials[name];
      const typeId = numberOr(token['type_id'], 0);
      // A template special may stand for several ids (`special_tokens[name].ids`).
      if (isObject(entry) && Array.isArray(entry['ids']) && Array.isArray(entry['tokens'])) {
        const ids = numbers(entry['ids']);
        const tokens = strings(entry['tokens']);
        parts.push({ kind: 'special', ids, tokens, typeId });
      } else {
        const id = lookup(name);
        if (id === null) return null;
        parts.push(special(name, id, typeId));
      }
    } else {
      return null;
    }
  }
  return parts;
}

function fromConfig(config: Json, lookup: (token: string) => number | null): SpecialsTemplate | null {
  const type = typeof config['type'] === 'string' ? config['type'] : 'unknown';
  if (type === 'TemplateProcessing') {
    const specials = isObject(config['special_tokens']) ? config['special_tokens'] : {};
    const single = parsePieces(config['single'], specials, lookup);
    if (single === null) return null;
    return { processor: type, single, pair: parsePieces(config['pair'], specials, lookup) };
  }
  if (type === 'BertProcessing' || type === 'RobertaProcessing') {
    const cls = tokenPair(config['cls']);
    const sep = tokenPair(config['sep']);
    if (cls === null || sep === null) return null;
    const a: TemplatePart = { kind: 'sequence', which: 'A', typeId: 0 };
    const b: TemplatePart = { kind: 'sequence', which: 'B', typeId: 1 };
    const single = [special(cls.token, cls.id, 0), a, special(sep.token, sep.id, 0)];
    // RoBERTa separates the pair with two `</s>`: `<s> A </s></s> B </s>`.
    const middle = type === 'RobertaProcessing' ? [special(sep.token, sep.id, 1)] : [];
    return { processor: type, single, pair: [...single, ...middle, b, special(sep.token, sep.id, 1)] };
  }
  const processors: unknown = config['processors'];
  if (type === 'Sequence' && Array.isArray(processors)) {
    // ByteLevel only trims offsets; the last processor that adds tokens decides the template.
    const inner = processors
      .filter(isObject)
      .map((p) => fromConfig(p, lookup))
      .filter((t): t is SpecialsTemplate => t !== null && t.processor !== 'ByteLevel');
    return inner.at(-1) ?? { processor: type, ...PLAIN };
  }
  return { processor: type, ...PLAIN };
}

/**
 * Reads `tokenizer.json`'s `post_processor`. Covers every type transformers.js can load
 * (TemplateProcessing, BertProcessing, RobertaProcessing, ByteLevel, Sequence). Returns null
 * for a config it cannot read, so callers can refuse instead of guessing.
 */
export function templateFromPostProcessor(
  postProcessor: unknown,
  lookup: (token: string) => number | null,
): SpecialsTemplate | null {
  if (postProcessor === null || postProcessor === undefined) return { processor: 'none', ...PLAIN };
  return isObject(postProcessor) ? fromConfig(postProcessor, lookup) : null;
}

/** How many special tokens the template adds (Python's `num_special_tokens_to_add`). */
export function countSpecials(parts: readonly TemplatePart[]): number {
  let n = 0;
  for (const part of parts) if (part.kind === 'special') n += part.ids.length;
  return n;
}

export function describeTokenizer(raw: RawTokenizer): TokenizerFacts {
  const { template } = raw;
  return {
    processor: template.processor,
    specialsSingle: countSpecials(template.single),
    specialsPair: template.pair === null ? null : countSpecials(template.pair),
    padToken: raw.padToken,
    modelMaxLength: raw.modelMaxLength,
    paddingSide: raw.paddingSide,
    returnsTokenTypeIds: raw.returnsTokenTypeIds,
    pieces: raw.pieces,
    specialTokens: specialTokensOf(raw),
  };
}
