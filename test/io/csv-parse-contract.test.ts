/**
 * src/io/csv.ts drives csv-parse's parser core (`new Parser(options).api`) and replaces its private
 * `__isRecordDelimiter` with a faster test of the same line ends. Neither is public API, so csv-parse is
 * pinned to an exact version; these tests fail when a release changes what csv.ts relies on, not only
 * when the names go away. (If the core is gone, csv.ts falls back to the sync API: csv-sync-fallback.test.ts.)
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CsvError, Parser, type Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { LINE_ENDS, lineEndLength, type ParserCore } from '../../src/io/csv.js';

const OPTIONS: Options = { delimiter: ',', record_delimiter: LINE_ENDS, bom: true, relax_column_count: true, skip_empty_lines: false };

function coreOf(options: Options = OPTIONS): ParserCore {
  return (new Parser(options) as unknown as { api: ParserCore }).api;
}

/** Records through the core, as csv.ts drives it; the error it returns (not throws), if any. */
function viaCore(data: Buffer, core = coreOf()): { records: string[][]; err: Error | undefined } {
  const records: string[][] = [];
  const err = core.parse(data, true, (r) => records.push(r), () => undefined);
  return { records, err };
}

const cell = fc.stringMatching(/^[a中 ,"\r\n]{0,5}$/);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
const lineEnds = fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 6, maxLength: 6 });

/** Rows with a line end of their own each: the mixed files csv.ts must read. */
function csvText(rows: string[][], ends: string[]): string {
  return rows.map((r, i) => stringify([r], { eof: false, quoted_match: /[\r\n]/ }) + ends[i % ends.length]).join('');
}

describe('csv-parse is pinned', () => {
  it('to the exact version installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = (JSON.parse(readFileSync('node_modules/csv-parse/package.json', 'utf8')) as { version: string }).version;
    expect(pkg.dependencies['csv-parse']).toBe(installed);
  });
});

describe("csv-parse's parser core", () => {
  it('pushes the records the sync API returns, for mixed line ends, quotes and quoted line breaks', () => {
    fc.assert(
      fc.property(table, lineEnds, (rows, ends) => {
        const data = Buffer.from(csvText(rows, ends));
        const { records, err } = viaCore(data);
        expect(err).toBeUndefined();
        expect(records).toEqual(parse(data, OPTIONS));
      }),
      { numRuns: 300 },
    );
  });

  it('returns a CsvError for an unterminated quote instead of throwing', () => {
    const { err } = viaCore(Buffer.from('a,b\n1,"open\n2,3\n'));
    expect(err).toBeInstanceOf(CsvError);
    expect((err as CsvError).code).toBe('CSV_QUOTE_NOT_CLOSED');
  });

  it('skips a BOM and keeps empty lines as records of one empty cell', () => {
    expect(viaCore(Buffer.from('\uFEFFa,b\n\n1,2\n')).records).toEqual([['a', 'b'], [''], ['1', '2']]);
  });
});

describe("csv-parse's __isRecordDelimiter", () => {
  it('takes (chr, buf, pos) and answers as lineEndLength does for the line ends csv.ts passes', () => {
    const original = coreOf().__isRecordDelimiter;
    expect(original.length).toBe(3);
    fc.assert(
      fc.property(fc.stringMatching(/^[a\r\n,"]{0,12}$/), (text) => {
        const buf = Buffer.from(text);
        for (let pos = 0; pos < buf.length; pos++) expect(lineEndLength(buf[pos]!, buf, pos)).toBe(original.call(coreOf(), buf[pos]!, buf, pos));
      }),
      { numRuns: 300 },
    );
  });

  it('is what the core asks, on the instance, for every byte outside quotes (so replacing it takes effect)', () => {
    const core = coreOf();
    const seen: number[] = [];
    core.__isRecordDelimiter = (chr: number) => (seen.push(chr), chr === 0x3b ? 1 : 0);
    expect(viaCore(Buffer.from('a;b,"x;y";c'), core).records).toEqual([['a'], ['b', 'x;y'], ['c']]);
    // Quoted bytes are not asked about; the byte after a closing quote is, then again as a byte of its own.
    expect(String.fromCharCode(...seen)).toBe('a;b,;;c');
  });

  it('gives the same records through csv.ts replacement as through the record_delimiter option', () => {
    fc.assert(
      fc.property(table, lineEnds, (rows, ends) => {
        const data = Buffer.from(csvText(rows, ends));
        const core = coreOf();
        core.__isRecordDelimiter = lineEndLength;
        expect(viaCore(data, core).records).toEqual(viaCore(data).records);
      }),
      { numRuns: 300 },
    );
  });
});
