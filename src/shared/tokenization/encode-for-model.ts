/**
 * One text encoded for a model input, the way the app's pipelines need it: the same Python
 * semantics as the lab (truncate the content, keep the special tokens). Supersedes
 * `truncateKeepingSpecials` in src/shared/truncation.ts.
 */
import { encodeBatch } from './encode-batch.ts';
import type { Issue, RawTokenizer } from './types.ts';

export interface ModelEncoding {
  ids: number[];
  tokens: string[];
  attentionMask: number[];
  /** Content tokens removed by truncation. */
  cut: number;
}

/** A settings problem (e.g. max_length too small for the special tokens), with its lab issue. */
export class TokenizationError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
    this.name = 'TokenizationError';
  }
}

export function encodeForModel(
  raw: RawTokenizer,
  text: string,
  options: { addSpecialTokens?: boolean; maxLength?: number | null } = {},
): ModelEncoding {
  const maxLength = options.maxLength ?? null;
  const outcome = encodeBatch(raw, [text], null, {
    add_special_tokens: options.addSpecialTokens ?? true,
    padding: false,
    truncation: maxLength !== null,
    max_length: maxLength,
    padding_side: null,
    pad_token: null,
  });
  if (!outcome.ok) throw new TokenizationError(outcome.error);
  const row = outcome.batch.rows[0];
  if (row === undefined) throw new Error('encodeBatch returned no row for one text.');
  return {
    ids: row.input_ids,
    tokens: row.tokens,
    attentionMask: row.attention_mask,
    cut: row.cut.first.ids.length,
  };
}
