export interface TokenRow {
  ids: number[];
  tokens: string[];
}

/**
 * Python `transformers` truncation for one sequence: cut the *content* and keep the special
 * tokens the post-processor adds (`</s>`, `[SEP]`, `<s>` …). transformers.js instead cuts the
 * tail after adding them, so the final `</s>` is lost (see the facts note).
 *
 * `withSpecials` and `content` are the same text encoded with and without special tokens.
 * Returns the kept row and how many content tokens were cut.
 */
export function truncateKeepingSpecials(
  withSpecials: TokenRow,
  content: TokenRow,
  maxLength: number,
): { row: TokenRow; cut: number; specials: number } {
  const start = findContent(withSpecials.ids, content.ids);
  const prefixLength = start;
  const suffixStart = start + content.ids.length;
  const specials = withSpecials.ids.length - content.ids.length;
  if (withSpecials.ids.length <= maxLength) return { row: withSpecials, cut: 0, specials };
  const room = maxLength - specials;
  if (room <= 0) {
    throw new RangeError(
      `max_length ${maxLength} leaves no room for text: this tokenizer adds ${specials} special tokens.`,
    );
  }
  const pick = (xs: readonly (number | string)[]) => [
    ...xs.slice(0, prefixLength),
    ...xs.slice(start, start + room),
    ...xs.slice(suffixStart),
  ];
  return {
    row: { ids: pick(withSpecials.ids) as number[], tokens: pick(withSpecials.tokens) as string[] },
    cut: content.ids.length - room,
    specials,
  };
}

/** Where `content` starts inside `full`; special tokens only ever surround it. */
function findContent(full: readonly number[], content: readonly number[]): number {
  if (content.length === 0) return full.length;
  for (let i = 0; i + content.length <= full.length; i++) {
    let match = true;
    for (let j = 0; j < content.length && match; j++) match = full[i + j] === content[j];
    if (match) return i;
  }
  throw new Error('Special tokens changed the content tokens; cannot truncate them apart.');
}
