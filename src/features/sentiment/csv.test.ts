import { describe, expect, it } from 'vitest';
import { CsvError, csvField, csvRow, csvTable, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'a final line break adds no record',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['CRLF and lone CR end records', 'a\r\nb\rc', [['a'], ['b'], ['c']]],
    ['commas inside quotes', '"Hello, world",x', [['Hello, world', 'x']]],
    ['doubled quotes are one quote', '"She said ""great""",1', [['She said "great"', '1']]],
    ['line breaks inside quotes', 'text\n"line one\nline two",ok', [['text'], ['line one\nline two', 'ok']]],
    ['CRLF inside quotes is kept', '"a\r\nb"', [['a\r\nb']]],
    ['empty fields', ',a,,\n', [['', 'a', '', '']]],
    ['a quoted empty field is a record', '""', [['']]],
    ['blank lines are skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['a byte-order mark is dropped', '\uFEFFname\nx', [['name'], ['x']]],
    ['a stray quote inside a field is kept', 'say "hi",2', [['say "hi"', '2']]],
    ['spaces are part of fields', ' a , b ', [[' a ', ' b ']]],
    ['nothing at all', '', []],
  ])('%s', (_name, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it('an unclosed quote is an error that names its line', () => {
    expect(() => parseCsv('a\nb\n"never closed\nmore')).toThrow(CsvError);
    try {
      parseCsv('a\nb\n"never closed\nmore');
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).line).toBe(3);
      expect((e as CsvError).message).toContain('line 3');
    }
  });
});

describe('csvTable', () => {
  it('the header names the columns; short rows are padded', () => {
    expect(csvTable([['id', 'review'], ['1', 'good'], ['2']], true)).toEqual({
      columns: ['id', 'review'],
      rows: [
        ['1', 'good'],
        ['2', ''],
      ],
    });
  });

  it('without a header, or with blank names, columns are numbered', () => {
    expect(csvTable([['x', 'y']], false).columns).toEqual(['column 1', 'column 2']);
    expect(
      csvTable(
        [
          ['id', ' '],
          ['1', '2'],
        ],
        true,
      ).columns,
    ).toEqual(['id', 'column 2']);
    expect(csvTable([], true)).toEqual({ columns: [], rows: [] });
  });
});

describe('csvField / csvRow', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' edge', '" edge"'],
    ['', ''],
  ])('%j → %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('round-trips through the parser', () => {
    const fields = ['1', 'She said "great", then left\nfor good', 'POSITIVE', ' 0.5'];
    expect(parseCsv(csvRow(fields))).toEqual([fields]);
  });
});
