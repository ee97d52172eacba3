/**
 * The tokenizer's special tokens with the attributes that name them (`eos_token`, …): what the
 * lab offers as `pad_token`, and how the "copy as code" snippets spell a choice.
 */
import { SPECIAL_ROLES, type RawTokenizer, type SpecialRole, type SpecialToken } from './types.ts';

/** Tokens named by a role first (in `SPECIAL_ROLES` order, so the eos token leads), then the rest by id. */
export function specialTokensOf(raw: RawTokenizer): SpecialToken[] {
  const named = new Map<number, SpecialToken>();
  for (const role of SPECIAL_ROLES) {
    const token = raw.roles[role];
    const id = token === undefined ? null : raw.tokenToId(token);
    // A role naming a token the vocabulary lacks has no id to pad with.
    if (token === undefined || id === null) continue;
    const entry = named.get(id) ?? { token, id, roles: [] };
    entry.roles.push(role);
    named.set(id, entry);
  }
  const rest = [...raw.specialIds]
    .filter((id) => !named.has(id))
    .sort((a, b) => a - b)
    .flatMap((id) => {
      const token = raw.idToToken(id);
      return token === null ? [] : [{ token, id, roles: [] }];
    });
  return [...named.values(), ...rest];
}

/**
 * The attribute to write for `tokenizer.pad_token = tokenizer.<role>` when `token` is one the
 * tokenizer names (never `pad_token` itself), else null: then the token's text is written.
 */
export function roleFor(
  token: string,
  specials: readonly SpecialToken[],
): Exclude<SpecialRole, 'pad_token'> | null {
  const entry = specials.find((s) => s.token === token);
  for (const role of entry?.roles ?? []) if (role !== 'pad_token') return role;
  return null;
}
