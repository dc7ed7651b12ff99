import { describe, expect, it } from 'vitest';
import { csvHeader, parseCsvText, visitCsvText, type CsvRow } from '../../src/io/csv.js';
import { InputError } from '../../src/errors.js';
import { inputErrorOf } from '../helpers/input-error.js';

/** Each row of a CSV text as [line, cells]. */
const rowsAt = (text: string) => parseCsvText('x.csv', text).rows.map((r) => [r.line, r.cells]);

describe('parseCsvText', () => {
  it('keeps the line where each record starts, across BOM, CRLF, quoted newlines and blank rows', () => {
    const t = parseCsvText('x.csv', '\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n,\r\n3,4\r\n');
    expect(t.headers).toEqual(['a', 'b']);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 6, cells: ['3', '4'] },
    ]);
  });

  it('reads tab-separated files', () => {
    const t = parseCsvText('x.tsv', 'a\tb\n1\t2\n');
    expect(t.rows[0]!.cells).toEqual(['1', '2']);
  });

  it('reports an unterminated quote at the line where its record began', () => {
    const e = inputErrorOf(() => parseCsvText('x.csv', 'a,b\n1,2\n\n3,"4\n5,6\n'));
    expect(e.describe()).toMatch(/^x\.csv:4: unterminated quoted field/);
  });

  it('rejects a ragged row with its line', () => {
    const e = inputErrorOf(() => parseCsvText('x.csv', 'a,b\n1,2\n3\n'));
    expect(e.describe()).toMatch(/^x\.csv:3: ragged row: 1 fields where the header has 2/);
  });

  it('rejects a header without records', () => {
    expect(inputErrorOf(() => parseCsvText('x.csv', 'a,b\n')).message).toMatch(/no records/);
    expect(inputErrorOf(() => parseCsvText('x.csv', '')).message).toMatch(/no records/);
  });

  it('counts CRLF inside quotes as one line break', () => {
    const t = parseCsvText('x.csv', 'a,b\r\n"1\r\n2\r\n3",x\r\n4,y\r\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['1\r\n2\r\n3', 'x'] },
      { line: 5, cells: ['4', 'y'] },
    ]);
  });

  it('counts blank lines between records, and before the header', () => {
    const t = parseCsvText('x.csv', '\n\na,b\n1,2\n\n\n3,4\n \n5,6\n');
    expect(t.headerLine).toBe(3);
    expect(t.rows.map((r) => r.line)).toEqual([4, 7, 9]);
  });

  it('ignores a trailing blank line and a last record without a line break', () => {
    expect(parseCsvText('x.csv', 'a,b\n1,2\n\n').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(parseCsvText('x.csv', 'a,b\n1,2\n3,4').rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('skips rows whose cells are all empty or blank, quoted line breaks and all, without losing count', () => {
    const t = parseCsvText('x.csv', 'a,b\n ,\t\n"\n",""\n1,2\n');
    expect(t.rows).toEqual([{ line: 5, cells: ['1', '2'] }]);
  });

  it('reads CR-only (classic Mac) files line by line', () => {
    expect(rowsAt('a,b\r1,2\r\r3,"x\ry"\r4,5')).toEqual([
      [2, ['1', '2']],
      [4, ['3', 'x\ry']],
      [6, ['4', '5']],
    ]);
  });

  it('ends a record at any line end when a file mixes them, each row at its own line', () => {
    expect(rowsAt('a\nb\r\nc\n')).toEqual([[2, ['b']], [3, ['c']]]);
    expect(rowsAt('a\r\nb\nc\r\n')).toEqual([[2, ['b']], [3, ['c']]]);
    expect(rowsAt('a\rb\nc\r\nd')).toEqual([[2, ['b']], [3, ['c']], [4, ['d']]]);
    expect(rowsAt('system\n\r\n[[')).toEqual([[3, ['[[']]]);
  });

  it('counts every kind of line end inside quotes of a mixed file as one line', () => {
    expect(rowsAt('a,b\r\n"x\ry\nz",2\n"\r\n",3\r4,5\n')).toEqual([
      [2, ['x\ry\nz', '2']],
      [5, ['', '3']],
      [7, ['4', '5']],
    ]);
  });

  it('guesses tabs from the first non-blank line', () => {
    expect(parseCsvText('x.csv', '\na\tb,c\td\n1\t2,3\t4\n').headers).toEqual(['a', 'b,c', 'd']);
  });

  it('reports a broken quote after blank lines at its own line, without quoting the field', () => {
    const e = inputErrorOf(() => parseCsvText('x.csv', 'a,b\n\n\n1,"x"13800138000\n'));
    expect(e.describe()).toMatch(/^x\.csv:4: malformed CSV: a quoted field goes on after its closing quote/);
    expect(e.describe()).not.toContain('13800138000');
    const open = inputErrorOf(() => parseCsvText('x.csv', `a\n${' '.repeat(700)}x"y\n`));
    expect(open.describe()).toMatch(/^x\.csv:2: malformed CSV: a quote in the middle of an unquoted field/);
    expect(open.describe().length).toBeLessThan(200);
  });

  it('rejects a ragged row at the line where it starts, after a multi-line cell', () => {
    const e = inputErrorOf(() => parseCsvText('x.csv', 'a,b\n"1\n2",3\n4\n'));
    expect(e.describe()).toMatch(/^x\.csv:4: ragged row/);
  });
});

describe('visitCsvText', () => {
  it('hands the header over first, then each row as it is parsed', () => {
    const seen: string[] = [];
    const header = visitCsvText('x.csv', 'a,b\n1,2\n\n3,4\n', (h) => {
      seen.push(`header ${h.headerLine}: ${h.headers.join('|')}`);
      return (row: CsvRow) => seen.push(`row ${row.line}: ${row.cells.join('|')}`);
    });
    expect(header).toEqual({ file: 'x.csv', headerLine: 1, headers: ['a', 'b'] });
    expect(seen).toEqual(['header 1: a|b', 'row 2: 1|2', 'row 4: 3|4']);
  });

  it('reads bytes as well as text (BOM included)', () => {
    const rows: CsvRow[] = [];
    visitCsvText('x.csv', Buffer.from('\uFEFF字段,说明\r\nmobile,"手机\r\n号"\r\n'), () => (r) => rows.push(r));
    expect(rows).toEqual([{ line: 2, cells: ['mobile', '手机\r\n号'] }]);
  });

  it('lets an error thrown for a row through unchanged, and stops there', () => {
    const boom = new InputError('bad row', { file: 'x.csv', line: 2 });
    let after = 0;
    const e = inputErrorOf(() =>
      visitCsvText('x.csv', 'a\n1\n2\n', () => (row) => {
        if (row.line === 2) throw boom;
        after++;
      }),
    );
    expect(e).toBe(boom);
    expect(after).toBe(0);
  });

  it('reads mixed line ends from bytes as from text', () => {
    const rows: CsvRow[] = [];
    visitCsvText('x.csv', Buffer.from('a\r\n1\n"2\r\n"\r3\n'), () => (r) => rows.push(r));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it('refuses a header without rows after visiting the header', () => {
    expect(inputErrorOf(() => visitCsvText('x.csv', 'a,b\n\n,\n', () => () => undefined)).describe()).toMatch(/^x\.csv:1: no records/);
  });
});

describe('csvHeader', () => {
  it('reads the header row alone, past leading blank lines', () => {
    expect(csvHeader('x.csv', '\n\nfield,category\nmobile,"unterminated\n')).toEqual({ file: 'x.csv', headerLine: 3, headers: ['field', 'category'] });
  });

  it('finds a header in a large file from its first lines, and a quoted header running past them', () => {
    const rows = 'x,y\n'.repeat(40_000);
    expect(csvHeader('x.csv', `a,b\n${rows}`).headers).toEqual(['a', 'b']);
    const long = `"${'h'.repeat(70_000)}\nh",b\n${rows}`;
    expect(csvHeader('x.csv', long).headers).toEqual([`${'h'.repeat(70_000)}\nh`, 'b']);
  });

  it('refuses a file with no header', () => {
    expect(inputErrorOf(() => csvHeader('x.csv', '\n ,\n')).message).toMatch(/no records/);
  });
});
