/**
 * CSV as RFC 4180 writes it: fields separated by commas, a field in double quotes may hold
 * commas, line breaks and doubled quotes (`""` for `"`); records end with CRLF, LF or CR. Pure:
 * the Sentiment view reads a loaded file with it and writes its export with `csvRow`.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** The 1-based line of the file where the problem starts. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/**
 * Every record of `text` as its fields. Blank lines are no records (as Python's `csv.DictReader`
 * skips them), so a final line break does not add an empty one.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text; // a spreadsheet's byte-order mark
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let line = 1;
  let quoteLine = 1;
  /** Whether the current record has any character yet (a blank line has none). */
  let started = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (started) records.push(record);
    record = [];
    started = false;
  };
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch !== '\r' && ch !== '\n') started = true;
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      // A quote inside an unquoted field is kept as it is (lenient, like Python's csv module).
      field += ch;
    }
    i++;
  }
  if (quoted) throw new CsvError(`A quoted field that opens on line ${quoteLine} never closes.`, quoteLine);
  endRecord();
  return records;
}

export interface CsvTable {
  /** Column names: the header row's, or `column 1`, `column 2`, … without one. */
  columns: string[];
  /** Data records, each padded to the column count. */
  rows: string[][];
}

/** The records as a table: the first one names the columns when `header` is set. */
export function csvTable(records: readonly string[][], header: boolean): CsvTable {
  const width = Math.max(0, ...records.map((r) => r.length));
  const first = header ? (records[0] ?? []) : [];
  const columns = Array.from({ length: width }, (_, i) => {
    const name = first[i]?.trim() ?? '';
    return name === '' ? `column ${i + 1}` : name;
  });
  const rows = (header ? records.slice(1) : records).map((r) =>
    r.length === width ? [...r] : [...r, ...Array<string>(width - r.length).fill('')],
  );
  return { columns, rows };
}

/** One field as CSV writes it: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
