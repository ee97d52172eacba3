/**
 * One batch row from its (already truncated) content tokens and the special-token template,
 * then padding. The order is Python's: truncate the texts, wrap them in special tokens, pad.
 */
import type { CutTokens, EncodedRow, PaddingSide, Span, TemplatePart } from './types.ts';

/** The content tokens of one text, with spans, and how many of them survive truncation. */
export interface SegmentTokens {
  ids: number[];
  tokens: string[];
  spans: (Span | null)[];
  keep: number;
}

export function cutPart(segment: SegmentTokens): CutTokens {
  return {
    ids: segment.ids.slice(segment.keep),
    tokens: segment.tokens.slice(segment.keep),
    spans: segment.spans.slice(segment.keep),
  };
}

export function assembleRow(
  template: readonly TemplatePart[],
  first: SegmentTokens,
  second: SegmentTokens | null,
  addSpecialTokens: boolean,
  withTokenTypeIds: boolean,
): EncodedRow {
  const row: EncodedRow = {
    input_ids: [],
    attention_mask: [],
    token_type_ids: withTokenTypeIds ? [] : null,
    special_tokens_mask: [],
    tokens: [],
    kinds: [],
    segments: [],
    spans: [],
    cut: { first: cutPart(first), second: second === null ? null : cutPart(second) },
    length: 0,
  };
  for (const part of template) {
    if (part.kind === 'special') {
      if (!addSpecialTokens) continue;
      part.ids.forEach((id, k) => {
        row.input_ids.push(id);
        row.tokens.push(part.tokens[k] ?? '');
        row.token_type_ids?.push(part.typeId);
        row.special_tokens_mask.push(1);
        row.kinds.push('special');
        row.segments.push(null);
        row.spans.push(null);
      });
      continue;
    }
    const segment = part.which === 'A' ? first : second;
    if (segment === null) continue;
    const index = part.which === 'A' ? 0 : 1;
    for (let k = 0; k < segment.keep; k++) {
      row.input_ids.push(segment.ids[k] ?? 0);
      row.tokens.push(segment.tokens[k] ?? '');
      row.token_type_ids?.push(part.typeId);
      row.special_tokens_mask.push(0);
      row.kinds.push('text');
      row.segments.push(index);
      row.spans.push(segment.spans[k] ?? null);
    }
  }
  row.length = row.input_ids.length;
  row.attention_mask = row.input_ids.map(() => 1);
  return row;
}

/** Adds `count` copies of `value` on one side (a loop: spreading a long pad overflows the stack). */
function fill<T>(values: T[], value: T, count: number, side: PaddingSide): void {
  const kept = side === 'left' ? values.splice(0, values.length) : [];
  for (let k = 0; k < count; k++) values.push(value);
  for (const v of kept) values.push(v);
}

/** Pads a row in place to `length` (Python: pad id, attention 0, token type 0, special mask 1). */
export function padRow(
  row: EncodedRow,
  length: number,
  padId: number,
  padToken: string,
  side: PaddingSide,
): void {
  const count = length - row.input_ids.length;
  if (count <= 0) return;
  fill(row.input_ids, padId, count, side);
  fill(row.attention_mask, 0, count, side);
  if (row.token_type_ids !== null) fill(row.token_type_ids, 0, count, side);
  fill(row.special_tokens_mask, 1, count, side);
  fill(row.tokens, padToken, count, side);
  fill<EncodedRow['kinds'][number]>(row.kinds, 'padding', count, side);
  fill<EncodedRow['segments'][number]>(row.segments, null, count, side);
  fill<EncodedRow['spans'][number]>(row.spans, null, count, side);
}
