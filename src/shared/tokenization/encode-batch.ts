/**
 * `tokenizer(texts, text_pair, add_special_tokens=…, padding=…, truncation=…, max_length=…,
 * padding_side=…)` with Python `transformers` semantics, over any `RawTokenizer`.
 *
 * Where transformers.js differs, this follows Python: truncation cuts the *content* and keeps
 * the special tokens (`</s>`, `[SEP]`); a pair is truncated `longest_first`; `max_length`
 * without truncation cuts nothing; padding needs a real pad token (or `pad_token` set to one).
 */
import { alignTokens } from './align.ts';
import { assembleRow, padRow, type SegmentTokens } from './assemble-row.ts';
import { longestFirst, resolvePlan } from './python-rules.ts';
import { countSpecials } from './template.ts';
import type { BatchOutcome, EncodedRow, Issue, RawTokenizer, TokenizerSettings } from './types.ts';

function fail(code: Issue['code'], message: string, warnings: Issue[]): BatchOutcome {
  return { ok: false, error: { code, severity: 'error', message }, warnings };
}

function segment(raw: RawTokenizer, text: string, withSpans: boolean): SegmentTokens {
  const { ids, tokens } = raw.encodeContent(text);
  const spans = withSpans ? alignTokens(text, ids, tokens, raw) : ids.map(() => null);
  return { ids, tokens, spans, keep: ids.length };
}

export function encodeBatch(
  raw: RawTokenizer,
  texts: readonly string[],
  pairs: readonly string[] | null,
  settings: TokenizerSettings,
  /** `spans: false`: no character spans (a classifier needs none; aligning is most of the cost). */
  options: { spans?: boolean } = {},
): BatchOutcome {
  if (pairs !== null && pairs.length !== texts.length) {
    return fail('pair-count-mismatch', `Got ${texts.length} texts but ${pairs.length} text pairs.`, []);
  }
  const planned = resolvePlan(raw, settings);
  if (!planned.ok) return planned;
  const { plan } = planned;
  const warnings = [...plan.warnings];
  const template = pairs === null ? raw.template.single : raw.template.pair;
  if (template === null) {
    return fail(
      'pair-unsupported',
      `This tokenizer's post-processor (${raw.template.processor}) defines no template for text pairs, so it cannot encode a text with a text pair. Clear the pair texts.`,
      warnings,
    );
  }
  const specials = settings.add_special_tokens ? countSpecials(template) : 0;

  // A text that recurs (zero-shot: one premise per label, one hypothesis per text) is encoded and
  // aligned once; rows share its arrays, which nothing below mutates.
  const seen = new Map<string, SegmentTokens>();
  const segmentOf = (text: string): SegmentTokens => {
    let found = seen.get(text);
    if (found === undefined) {
      found = segment(raw, text, options.spans !== false);
      seen.set(text, found);
    }
    return { ...found, keep: found.ids.length };
  };
  const segments = texts.map((text, i) => {
    const pair = pairs?.[i];
    return { first: segmentOf(text), second: pair === undefined ? null : segmentOf(pair) };
  });

  const limit = plan.truncateTo;
  if (limit !== null) {
    for (const { first, second } of segments) {
      const content = first.ids.length + (second?.ids.length ?? 0);
      if (content + specials <= limit) continue;
      const budget = limit - specials;
      if (budget <= 0) {
        return fail(
          'max-length-too-small',
          `max_length=${limit} leaves no room for text: this tokenizer adds ${specials} special token${specials === 1 ? '' : 's'}${pairs === null ? '' : ' to a pair'}, so max_length must be at least ${specials + 1}.`,
          warnings,
        );
      }
      if (second === null) first.keep = Math.min(first.ids.length, budget);
      else if (settings.truncation_strategy === 'only_first') {
        // Python's tokenizers refuse when cutting the first text cannot make the pair fit.
        if (second.ids.length >= budget) {
          return fail(
            'max-length-too-small',
            `The second text alone is ${second.ids.length} tokens, which leaves no room for the first within max_length=${limit} (truncation only_first cuts the first text only). Shorten the second text.`,
            warnings,
          );
        }
        first.keep = budget - second.ids.length;
      } else [first.keep, second.keep] = longestFirst(first.ids.length, second.ids.length, budget);
    }
  }

  const rows = segments.map(({ first, second }) =>
    assembleRow(template, first, second, settings.add_special_tokens, raw.returnsTokenTypeIds),
  );
  const padTo = plan.padTo === 'longest' ? Math.max(0, ...rows.map((r) => r.length)) : plan.padTo;
  if (padTo !== null && plan.pad !== null) {
    for (const row of rows) padRow(row, padTo, plan.pad.id, plan.pad.token, plan.paddingSide);
  }
  warnings.push(...rowWarnings(rows, raw.modelMaxLength, typeof plan.padTo === 'number' ? plan.padTo : null));

  const width = rows[0]?.input_ids.length ?? 0;
  const rectangular = rows.every((r) => r.input_ids.length === width);
  if (!rectangular) {
    warnings.push({
      code: 'ragged-batch',
      severity: 'warning',
      message:
        "The rows have different lengths, so this batch is not a tensor: return_tensors='pt' would fail. Turn on padding to get one shape.",
    });
  }
  return {
    ok: true,
    batch: {
      rows,
      shape: rectangular ? [rows.length, width] : null,
      dtype: 'int64',
      paddingSide: plan.paddingSide,
      truncateTo: limit,
      padTo,
      modelMaxLength: raw.modelMaxLength,
      warnings,
    },
  };
}

function rowWarnings(
  rows: readonly EncodedRow[],
  modelMax: number | null,
  padLength: number | null,
): Issue[] {
  const issues: Issue[] = [];
  rows.forEach((row, i) => {
    if (padLength !== null && row.length > padLength) {
      issues.push({
        code: 'longer-than-max-length',
        severity: 'warning',
        row: i,
        message: `Row ${i + 1} has ${row.length} tokens, more than the padding length ${padLength}: with truncation off it stays longer.`,
      });
    }
    if (modelMax !== null && row.length > modelMax) {
      issues.push({
        code: 'longer-than-model',
        severity: 'warning',
        row: i,
        message: `Row ${i + 1} has ${row.length} tokens; the model accepts at most ${modelMax} (model_max_length). Running it through the model will fail or be cut.`,
      });
    }
  });
  return issues;
}
