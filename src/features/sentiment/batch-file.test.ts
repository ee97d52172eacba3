import { describe, expect, it } from 'vitest';
import { columnLines, defaultColumn, readBatchFile } from './batch-file.ts';
import { CsvError, csvTable } from './csv.ts';

describe('readBatchFile', () => {
  it('a .txt is its lines (CRLF, a byte-order mark and the final line break dropped)', () => {
    expect(readBatchFile('reviews.txt', '\uFEFFgood\r\nbad\r\n')).toEqual({
      kind: 'txt',
      name: 'reviews.txt',
      text: 'good\nbad',
    });
  });

  it('a .csv is its records; a broken one throws CsvError', () => {
    expect(readBatchFile('r.CSV', 'a,b\n1,2')).toEqual({
      kind: 'csv',
      name: 'r.CSV',
      records: [
        ['a', 'b'],
        ['1', '2'],
      ],
    });
    expect(() => readBatchFile('r.csv', '"open')).toThrow(CsvError);
  });
});

describe('defaultColumn', () => {
  it('prefers a text-like column name', () => {
    expect(
      defaultColumn(
        csvTable(
          [
            ['id', 'Review'],
            ['1', 'x'],
          ],
          true,
        ),
      ),
    ).toBe(1);
  });
  it('else the column with the most text', () => {
    const table = csvTable(
      [
        ['a', 'b', 'c'],
        ['1', 'a long sentence', 'no'],
        ['2', 'another one', 'yes'],
      ],
      true,
    );
    expect(defaultColumn(table)).toBe(1);
  });
});

describe('columnLines', () => {
  it('one line per row; a field’s own line breaks become one space', () => {
    const table = csvTable(
      [
        ['id', 'text'],
        ['1', 'first line\n  and its second'],
        ['2', 'plain'],
        ['3', ''],
      ],
      true,
    );
    expect(columnLines(table, 1)).toEqual({ text: 'first line and its second\nplain\n', joined: 1 });
    expect(columnLines(table, 0)).toEqual({ text: '1\n2\n3', joined: 0 });
  });
});
