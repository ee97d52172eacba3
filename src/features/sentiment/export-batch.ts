/**
 * A finished batch as files to download: CSV (one row per text: its top label and score, then
 * every label's score and logit in the model's label order) and JSON (everything the view
 * shows). Numbers are written unrounded; lines count from 1, as the view shows them.
 */
import type { SentimentResult } from '../../shared/protocol/index.ts';
import { topOf } from './batch-results.ts';
import { csvRow } from './csv.ts';

type Batch = Pick<SentimentResult, 'model' | 'activation' | 'activationReason' | 'labels' | 'items'> &
  Partial<Pick<SentimentResult, 'skippedLines' | 'limit'>>;

/**
 * A text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or CR first) gets a
 * leading `'`, as OWASP advises against CSV injection: the texts are untrusted (tweets, reviews).
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function batchCsv(batch: Batch): string {
  const header = [
    'line',
    'text',
    'label',
    'score',
    ...batch.labels.map((l) => `score_${l}`),
    ...batch.labels.map((l) => `logit_${l}`),
  ];
  const rows = batch.items.map((item) => {
    const top = topOf(item);
    const scoreOf = new Map(item.labels.map((l) => [l.label, l.score]));
    return [
      String(item.line + 1),
      spreadsheetSafe(item.text),
      top.label,
      String(top.score),
      ...batch.labels.map((l) => String(scoreOf.get(l) ?? '')),
      ...batch.labels.map((_, i) => String(item.logits[i] ?? '')),
    ];
  });
  // CRLF, as RFC 4180 and spreadsheet programs expect.
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}

export function batchJson(batch: Batch): string {
  const value = {
    model: batch.model,
    activation: batch.activation,
    activationReason: batch.activationReason,
    labels: batch.labels,
    ...(batch.limit ? { maxTokens: batch.limit.tokens } : {}),
    ...(batch.skippedLines ? { skippedLines: batch.skippedLines.map((l) => l + 1) } : {}),
    items: batch.items.map((item) => ({
      line: item.line + 1,
      text: item.text,
      label: topOf(item).label,
      score: topOf(item).score,
      labels: item.labels,
      logits: item.logits,
      tokens: item.tokens,
      ids: item.ids,
      truncated: item.truncated,
    })),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file name from the model id: `sentiment-distilbert-base-uncased-finetuned-sst-2-english.csv`. */
export function exportFileName(model: string, extension: 'csv' | 'json'): string {
  const name = model.split('/').pop() ?? model;
  return `sentiment-${name.replace(/[^\w.-]+/g, '_')}.${extension}`;
}
