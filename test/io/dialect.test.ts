/** One dialect guess for declarations and exports: the same files are accepted and lines counted alike. */
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { parseCsvText, visitCsvText } from '../../src/io/csv.js';
import { guessDialect } from '../../src/io/dialect.js';
import { RecordReader } from '../../src/load/exports/csv-records.js';
import { isBlankRecord } from '../../src/text/blank.js';

interface Row {
  line: number;
  cells: string[];
}

/** The rows after the header as an inventory reads them (cells trimmed). */
function asDeclaration(file: string, text: string): Row[] {
  const rows: Row[] = [];
  visitCsvText(file, text, () => (r) => rows.push({ line: r.line, cells: r.cells }));
  return rows;
}

/** The rows after the header as a scan reads them (trimmed here, and quoted line ends made LF, as the scan sees them). */
function asExport(file: string, text: string): Row[] {
  const rows: Row[] = [];
  const reader = new RecordReader({ file, delimiter: guessDialect(text, file), maxFieldChars: 1 << 20 }, (records, lines) => {
    records.forEach((cells, i) => {
      if (!isBlankRecord(cells)) rows.push({ line: lines[i]!, cells: cells.map((c) => c.trim()) });
    });
  });
  reader.push(text);
  reader.finish();
  return rows.slice(1);
}

const lf = (cells: string[]) => cells.map((c) => c.replace(/\r\n?/g, '\n'));

describe('guessDialect', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    ['\t', 'a\tb\tc\n1\t2,5\t3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
    [';', 'a;b;c\n1,5;2;3\n'],
  ])('finds %j', (delimiter, text) => {
    expect(guessDialect(text, 'x.csv')).toBe(delimiter);
  });

  it('lets the extension decide when its delimiter splits every record alike', () => {
    expect(guessDialect('name\tnote\nx\ta,b\ny\tc,d\n', 'x.tsv')).toBe('\t');
    expect(guessDialect('a|b\n1|2\n', 'x.psv.gz')).toBe('|');
  });

  it('falls back to a comma (or the extension) for a single column', () => {
    expect(guessDialect('name\nx\n', 'x.csv')).toBe(',');
    expect(guessDialect('name\nx\n', 'x.tsv')).toBe('\t');
  });
});

describe('declarations and exports read a delimited text alike', () => {
  it('accepts a semicolon inventory, as a scan accepts a semicolon export', () => {
    const text = 'system;table;field;category\ncrm;users;mobile;basic.phone\n';
    expect(asDeclaration('inv.csv', text)).toEqual([{ line: 2, cells: ['crm', 'users', 'mobile', 'basic.phone'] }]);
    expect(asExport('inv.csv', text)).toEqual(asDeclaration('inv.csv', text));
  });

  const cell = fc.stringMatching(/^[a中 ,;|\t"\r\n]{0,6}$/);
  const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
  const table = fc.record({
    delimiter: fc.constantFrom(',', '\t', '|', ';'),
    width: fc.integer({ min: 2, max: 4 }),
    rows: fc.array(fc.record({ cells: fc.array(cell, { minLength: 4, maxLength: 4 }), blankBefore: fc.boolean(), end: lineEnd }), { minLength: 1, maxLength: 8 }),
  });

  it('same delimiter, same records, same line numbers: mixed line ends, quoted breaks, blank lines', () => {
    fc.assert(
      fc.property(table, ({ delimiter, width, rows }) => {
        const record = (cells: string[]) => stringify([cells], { delimiter, eof: false, quoted_match: /[\r\n\t,;| ]/ });
        const header = Array.from({ length: width }, (_, i) => `h${i}`);
        let text = record(header) + '\n';
        rows.forEach((r, i) => {
          if (r.blankBefore) text += delimiter.repeat(width - 1) + r.end;
          text += record([`r${i}`, ...r.cells.slice(0, width - 1)]) + r.end;
        });
        const declared = asDeclaration('t.csv', text);
        const exported = asExport('t.csv', text);
        expect(exported.map((r) => r.line)).toEqual(declared.map((r) => r.line));
        expect(exported.map((r) => r.cells)).toEqual(declared.map((r) => lf(r.cells)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("Excel's sep= line", () => {
  it('names the delimiter for declarations and exports alike, and is no row of either', () => {
    const text = 'sep=;\r\nfield;category\r\n手机号;basic\r\n';
    expect(guessDialect(text, 'x.csv')).toBe(';');
    expect(guessDialect('\ufeffSEP=|\nname|note\nx|1,2\n', 'x.csv')).toBe('|');
    const table = parseCsvText('x.csv', text);
    expect(table).toMatchObject({ headerLine: 2, headers: ['field', 'category'], rows: [{ line: 3, cells: ['手机号', 'basic'] }] });
  });

  it('is only a first line naming one character', () => {
    expect(guessDialect('a,b\nsep=;\n', 'x.csv')).toBe(',');
    expect(guessDialect('sep=;;\na,b\n1,2\n', 'x.csv')).toBe(',');
  });
});
