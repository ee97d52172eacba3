/**
 * A loaded file as a batch: a `.txt` is one text per line; a `.csv` is a table whose chosen
 * column is the batch. The batch lives in the textarea (one text per line), so a field's own
 * line breaks become spaces, which changes no WordPiece or BPE tokenization of the words.
 */
import { parseCsv, type CsvTable } from './csv.ts';

export type BatchFile =
  { kind: 'txt'; name: string; text: string } | { kind: 'csv'; name: string; records: string[][] };

/** Files larger than this are refused: a batch is classified in the browser, text by text. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function isCsvName(name: string): boolean {
  return /\.(csv)$/i.test(name);
}

/** The file's content as a batch file; a CSV that cannot be read throws `CsvError`. */
export function readBatchFile(name: string, content: string): BatchFile {
  if (isCsvName(name)) return { kind: 'csv', name, records: parseCsv(content) };
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { kind: 'txt', name, text: text.endsWith('\n') ? text.slice(0, -1) : text };
}

/** Column names that usually hold the text of a row, in order of preference. */
const TEXT_COLUMNS = ['text', 'sentence', 'review', 'content', 'comment', 'tweet', 'body', 'message'];

/** The column a table's batch comes from at first: a text-like name, else the longest on average. */
export function defaultColumn(table: CsvTable): number {
  const named = table.columns.findIndex((c) => TEXT_COLUMNS.includes(c.trim().toLowerCase()));
  if (named >= 0) return named;
  let best = 0;
  let bestLength = -1;
  table.columns.forEach((_, i) => {
    const length = table.rows.reduce((sum, row) => sum + (row[i]?.length ?? 0), 0);
    if (length > bestLength) {
      best = i;
      bestLength = length;
    }
  });
  return best;
}

/** A column as the textarea's lines, and how many of its fields had line breaks made spaces. */
export function columnLines(table: CsvTable, column: number): { text: string; joined: number } {
  let joined = 0;
  const lines = table.rows.map((row) => {
    const field = row[column] ?? '';
    if (!/[\r\n]/.test(field)) return field;
    joined++;
    return field.replace(/\s*[\r\n]+\s*/g, ' ');
  });
  return { text: lines.join('\n'), joined };
}
